using ChatOps.Lifecycle;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.App.Service.Shutdown;

/// <summary>
/// SIGTERM, in order: stop taking new commands (they get the restart notice), let the running ones finish within
/// Service:ShutdownGracePeriod, hand what is left to the shutdown participants (the build journal), and only then
/// let the host stop the web server and the chat connections. It runs in StoppingAsync, which the host calls
/// before it stops any service, so the HTTP endpoints and Socket Mode still answer while it waits.
/// </summary>
internal sealed class GracefulShutdown(
    CommandsInFlight inFlight, IEnumerable<IShutdownParticipant> participants, IOptions<ServiceOptions> options, ILogger<GracefulShutdown> logger)
    : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var grace = options.Value.ShutdownGracePeriod;
        var drained = inFlight.DrainAsync();
        if (!drained.IsCompleted)
            logger.LogWarning("Stopping: {Running} command(s) still running; new commands get the restart notice; waiting up to {Grace} for them",
                inFlight.Running, grace);
        try
        {
            await drained.WaitAsync(grace, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("Stopping: {Running} command(s) did not finish within the grace period; they are cancelled", inFlight.Running);
        }
        foreach (var participant in participants)
        {
            try
            {
                await participant.OnShutdownAsync(inFlight.Running, cancellationToken);
            }
            catch (Exception exception)
            {
                // One participant failing must not keep the others from saving their work.
                logger.LogError(exception, "Shutdown participant {Participant} failed", participant.GetType().Name);
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
