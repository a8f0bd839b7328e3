namespace ChatOps.Engine;

/// <summary>Whether the engine answers, and which it is: the readiness check and the startup report ask, nothing else.</summary>
public interface IEngineProbe
{
    /// <summary>Where the engine is looked for, as configured (unix:// or tcp://), for messages.</summary>
    string Endpoint { get; }

    /// <summary>GET /_ping. Throws <see cref="EngineUnavailableException"/> when nothing answers.</summary>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>GET /version. Throws <see cref="EngineUnavailableException"/> when nothing answers.</summary>
    Task<EngineVersion> GetVersionAsync(CancellationToken cancellationToken);
}
