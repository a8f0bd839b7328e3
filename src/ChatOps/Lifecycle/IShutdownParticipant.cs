namespace ChatOps.Lifecycle;

/// <summary>
/// Work that must be put somewhere safe when `chatops serve` stops: called once, after the grace period for
/// running commands ended (or they all finished), before the chat connections close. The build journal
/// registers one to record the builds still running, so the next start can resume them.
/// </summary>
public interface IShutdownParticipant
{
    /// <param name="commandsStillRunning">How many commands had not finished within the grace period.</param>
    Task OnShutdownAsync(int commandsStillRunning, CancellationToken cancellationToken);
}
