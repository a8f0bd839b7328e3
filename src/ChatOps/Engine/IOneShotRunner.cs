namespace ChatOps.Engine;

/// <summary>
/// Runs one command in a fresh container and returns how it ended (create, start, wait, read logs, remove): the
/// image checks and the OS package vetting look inside images this way. The container is removed whatever happened.
/// </summary>
public interface IOneShotRunner
{
    /// <exception cref="EngineOperationException">The image is missing, the engine refused, or the timeout passed.</exception>
    /// <exception cref="EngineUnavailableException">The engine did not answer.</exception>
    Task<EngineRunResult> RunAsync(EngineRunRequest request, CancellationToken cancellationToken);
}
