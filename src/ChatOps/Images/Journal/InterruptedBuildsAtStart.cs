using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Images.Journal;

/// <summary>
/// Takes up the creates the last stop of the bot interrupted when the host starts, before the chat adapters take new
/// commands (they are registered after the image side). It only queues them: the start does not wait for their builds.
/// </summary>
internal sealed class InterruptedBuildsAtStart(InterruptedBuilds interrupted, ILogger<InterruptedBuildsAtStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await interrupted.RecoverAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The rows stay open and are taken up at the next start; the bot itself can still serve.
            logger.LogError(exception, "Could not read the build journal to take up interrupted creates");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
