using ChatOps.Engine;
using ChatOps.Execution.Pool;

namespace ChatOps.Execution;

/// <summary>A container for a job, or the reason there is none (engine and start problems are the user's to read).</summary>
internal sealed record WarmContainerOrFailure(WarmContainer? Container, string? Failure)
{
    public static async Task<WarmContainerOrFailure> SettleAsync(Task<WarmContainer> acquiring)
    {
        try
        {
            return new(await acquiring, null);
        }
        catch (Exception exception) when (exception is EngineOperationException or EngineUnavailableException or ContainerStartException or FileNotFoundException)
        {
            return new(null, exception.Message);
        }
    }
}
