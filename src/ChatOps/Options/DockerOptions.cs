namespace ChatOps.Options;

/// <summary>Section "Docker": how to reach the engine, or the engines.</summary>
public sealed class DockerOptions
{
    public const string Section = "Docker";

    /// <summary>Engine endpoint when <see cref="Engines"/> is empty; the default local socket unless configured (unix:// or tcp://).</summary>
    public string Endpoint { get; set; } = "unix:///var/run/docker.sock";

    /// <summary>Per-request timeout for engine calls that are not streams (list, inspect). Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The engines scripts and builds may go to, the first being the default one. Empty (the default): the one
    /// engine at <see cref="Endpoint"/>, named "local", which is all a single machine needs.
    /// </summary>
    public List<EngineEndpointOptions> Engines { get; set; } = [];

    /// <summary>With several engines: how often each is pinged, so a silent one leaves the rotation and a recovered one comes back. Default 2 s.</summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(2);
}
