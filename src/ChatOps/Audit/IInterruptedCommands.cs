namespace ChatOps.Audit;

/// <summary>
/// The commands this start found left open by a crash (and marked interrupted), so the people who asked can be
/// told. Telling them on Slack or Discord is not done yet; today they are logged at start.
/// </summary>
public interface IInterruptedCommands
{
    Task<IReadOnlyList<InterruptedCommand>> ListAsync(CancellationToken cancellationToken);
}
