using ChatOps.Lifecycle;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// Takes interactions off the queue and runs each as its own task, so a long build never delays the next
/// command's 3 s answer. Every task is kept and awaited at shutdown: nothing is fire-and-forget.
/// </summary>
internal sealed class InteractionWorker(InteractionQueue queue, InteractionRunner runner, IOptions<DiscordOptions> options, ILogger<InteractionWorker> logger,
    CommandsInFlight? inFlight = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                running.RemoveAll(t => t.IsCompleted);
                var busy = running.Count >= options.Value.MaxConcurrentInteractions;
                running.Add(Task.Run(() => RunSafelyAsync(job, busy, stoppingToken), CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the running interactions are cancelled through the same token and awaited below.
        }
        finally
        {
            queue.Complete();
            await Task.WhenAll(running);
        }
    }

    private async Task RunSafelyAsync(InteractionJob job, bool busy, CancellationToken stoppingToken)
    {
        // Counted until its last message is delivered, so a drain on SIGTERM waits for the delivery too.
        using var tracked = inFlight?.Track();
        try
        {
            if (busy)
                await runner.RefuseAsync(job, $"The bot is already running {options.Value.MaxConcurrentInteractions} commands; try again in a moment.");
            else
                await runner.RunAsync(job, stoppingToken);
        }
        catch (Exception exception)
        {
            // One failing interaction ends only itself; the endpoint waiting on it gets an answer.
            logger.LogError(exception, "Discord interaction {Id} (/{Command}) failed", job.Interaction.Id, job.Interaction.CommandName);
            job.Decide(Rest.InteractionResponse.Message(Rest.DiscordMessage.Private("❌ The bot failed to answer: " + exception.Message)));
            job.MarkUndelivered(exception);
        }
    }
}
