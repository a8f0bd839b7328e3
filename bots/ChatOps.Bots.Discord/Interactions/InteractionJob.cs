using ChatOps.Bots.Discord.Rest;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// One interaction on its way through the bot. Two parties may decide its initial response: the runner (inline
/// answer, or deferral when the budget runs out) and the HTTP endpoint (deferral when its own deadline passes).
/// The first decision wins and both see the same one, so Discord never gets two initial responses.
/// </summary>
internal sealed class InteractionJob(Interaction interaction, InteractionOrigin origin)
{
    private readonly TaskCompletionSource<InteractionResponse> _initial = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Interaction Interaction { get; } = interaction;

    public InteractionOrigin Origin { get; } = origin;

    public Task<InteractionResponse> InitialResponse => _initial.Task;

    /// <summary>Completes once Discord has the initial response: edits and follow-ups must wait for it.</summary>
    public Task Delivered => _delivered.Task;

    /// <summary>Proposes an initial response; returns the one that was decided (maybe an earlier one).</summary>
    public InteractionResponse Decide(InteractionResponse proposal)
    {
        _initial.TrySetResult(proposal);
        return _initial.Task.Result;
    }

    public void MarkDelivered() => _delivered.TrySetResult();

    public void MarkUndelivered(Exception reason) => _delivered.TrySetException(reason);
}
