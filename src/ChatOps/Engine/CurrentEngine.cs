namespace ChatOps.Engine;

/// <summary>
/// The engine the image side's calls go to in this flow of work: a build's engine (<see cref="BuildPlacement"/>)
/// from the moment it took its slot, an approved image's engine while it is published, else the default engine.
/// An AsyncLocal, so the image pipeline keeps asking IImageEngine and IOneShotRunner as on one engine and every
/// part of one build (check runs, vetting, tagging, push) lands where that build is, while builds running at the
/// same time on other engines see their own.
/// </summary>
public sealed class CurrentEngine(EngineSet engines)
{
    private readonly AsyncLocal<ConnectedEngine?> _current = new();

    public ConnectedEngine Engine => _current.Value ?? engines.Default;

    /// <summary>From now until the returned scope is disposed, this flow's image calls go to the engine.</summary>
    /// <remarks>Not async itself, so the value it sets is the caller's (an async method's own changes end with it).</remarks>
    public IDisposable Use(ConnectedEngine engine)
    {
        var before = _current.Value;
        _current.Value = engine;
        return new Scope(() => _current.Value = before);
    }

    /// <summary>As <see cref="Use(ConnectedEngine)"/> for the engine of that name; null or one no longer configured: the default engine.</summary>
    public IDisposable Use(string? engineName) => Use(engineName is null ? engines.Default : engines.Find(engineName) ?? engines.Default);

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
