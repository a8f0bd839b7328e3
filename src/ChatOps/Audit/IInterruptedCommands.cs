namespace ChatOps.Audit;

/// <summary>
/// The commands this start found left open by a crash (and marked interrupted), so the people who asked can be
/// told (see <see cref="InterruptedCommandNotices"/>); they are logged at start too.
/// </summary>
public interface IInterruptedCommands
{
    Task<IReadOnlyList<InterruptedCommand>> ListAsync(CancellationToken cancellationToken);
}
