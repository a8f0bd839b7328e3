using ChatOps.Engine;

namespace ChatOps.Execution;

/// <summary>
/// Kills a job's container once the token is cancelled (its time is up, or its caller gave up): a job cannot be
/// taken back, and the kill also ends the attach stream the session is reading.
/// </summary>
internal sealed class ContainerKillSwitch : IAsyncDisposable
{
    private readonly IContainerEngine _engine;
    private readonly string _containerId;
    private readonly CancellationToken _token;
    private readonly CancellationTokenRegistration _registration;
    private Task _killed = Task.CompletedTask;
    private int _started;

    public ContainerKillSwitch(IContainerEngine engine, string containerId, CancellationToken token)
    {
        _engine = engine;
        _containerId = containerId;
        _token = token;
        _registration = token.Register(Kill);
    }

    /// <summary>True once the kill was started: the container is lost, whatever the session read.</summary>
    public bool Killed => Volatile.Read(ref _started) == 1;

    /// <summary>
    /// Stops watching, after the kill the token asked for has finished. Callbacks run newest first, so the session
    /// may notice the cancellation and return before this one has run; disposing the registration then drops it,
    /// and a job past its time must still lose its container.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _registration.DisposeAsync();
        if (_token.IsCancellationRequested) Kill();
        await _killed;
    }

    private void Kill()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0) _killed = _engine.KillAsync(_containerId, CancellationToken.None);
    }
}
