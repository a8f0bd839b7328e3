using ChatOps.Engine;
using ChatOps.Execution.Pool;
using ChatOps.Replies;

namespace ChatOps.Execution;

/// <summary>
/// A container for a job, or the reason there is none (engine and start problems are the user's to read) and what
/// can be done about it, when the failure knows.
/// </summary>
internal sealed record WarmContainerOrFailure(WarmContainer? Container, string? Failure, Remedy? Remedy = null)
{
    public static async Task<WarmContainerOrFailure> SettleAsync(Task<WarmContainer> acquiring)
    {
        try
        {
            return new(await acquiring, null);
        }
        catch (Exception exception) when (exception is EngineOperationException or EngineUnavailableException or ContainerStartException or FileNotFoundException)
        {
            return new(null, exception.Message, (exception as IHasRemedy)?.Remedy);
        }
    }
}
