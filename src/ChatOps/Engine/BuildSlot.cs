namespace ChatOps.Engine;

/// <summary>One build's place on one engine, taken from <see cref="BuildPlacement"/>; disposing gives it back (once).</summary>
public sealed class BuildSlot : IDisposable
{
    private readonly Action<ConnectedEngine> _giveBack;
    private int _given;

    internal BuildSlot(ConnectedEngine engine, Action<ConnectedEngine> giveBack)
    {
        Engine = engine;
        _giveBack = giveBack;
    }

    /// <summary>The engine the build runs on: its builds, check runs, tagging and push.</summary>
    public ConnectedEngine Engine { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _given, 1) == 0) _giveBack(Engine);
    }
}
