using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Audit;

/// <summary>
/// Marks and logs, when the host starts, the commands a crash left open, instead of waiting for the first command
/// (hosts that are not started, such as exec, get the same on their first audit record).
/// </summary>
internal sealed class InterruptedCommandsAtStart(IInterruptedCommands interrupted, ILogger<InterruptedCommandsAtStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var commands = await interrupted.ListAsync(cancellationToken);
            if (commands.Count > 0) logger.LogWarning("{Count} commands were interrupted by the last stop; each user is told at their next command in that channel", commands.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The audit log says so again, and refuses commands, if it still cannot write; the host keeps starting.
            logger.LogError(exception, "Could not mark the commands interrupted by the last stop");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
