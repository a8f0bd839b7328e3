using System.Collections.Concurrent;
using ChatOps.Lifecycle;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>
/// The hosted owner of every running slash command: takes jobs from the queue, runs each on its own task so a
/// slow build never delays another command's acknowledgement, and on shutdown cancels and awaits them all.
/// </summary>
internal sealed class SlackCommandWorker(SlackCommandQueue queue, CommandRunner runner, ILogger<SlackCommandWorker> logger, CommandsInFlight? inFlight = null)
    : BackgroundService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                // Counted until its last message is delivered, so a drain on SIGTERM waits for the delivery too.
                var tracked = inFlight?.Track();
                var run = runner.RunAsync(job, stoppingToken);
                _running.TryAdd(run, 0);
                _ = run.ContinueWith(done =>
                {
                    _running.TryRemove(done, out _);
                    tracked?.Dispose();
                }, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: fall through to wait for the commands still running.
        }
        finally
        {
            queue.Complete();
            if (!_running.IsEmpty) logger.LogInformation("Waiting for {Count} Slack commands to stop", _running.Count);
            await Task.WhenAll(_running.Keys);
        }
    }
}
