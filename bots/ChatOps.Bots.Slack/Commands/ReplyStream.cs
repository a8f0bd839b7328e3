using System.Threading.Channels;
using ChatOps.Replies;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>
/// The replies of one running command as the runner sees them: results kept in order, only the latest progress
/// kept (Slack shows progress as one edited message). Reading waits for new replies up to a deadline.
/// </summary>
internal sealed class ReplyStream(ChannelReader<Reply> reader, TimeProvider time)
{
    private readonly List<Reply> _results = [];

    public IReadOnlyList<Reply> Results => _results;

    public ProgressReply? LatestProgress { get; private set; }

    /// <summary>True when a progress arrived that has not been shown yet.</summary>
    public bool ProgressPending { get; set; }

    /// <summary>Reads until the command ends (true) or the deadline passes (false); a null deadline waits for the next reply only.</summary>
    public async Task<bool> ReadAsync(DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            while (reader.TryRead(out var reply)) Take(reply);
            if (deadline is null) return !await reader.WaitToReadAsync(cancellationToken) || ReadAvailable();

            var remaining = deadline.Value - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero) return false;
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // The wait shares the timer's token so a wait that lost the race is withdrawn, not left behind.
            var more = reader.WaitToReadAsync(timer.Token).AsTask();
            var expiry = Task.Delay(remaining, time, timer.Token);
            var first = await Task.WhenAny(more, expiry);
            await timer.CancelAsync();
            if (first != more)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return false;
            }
            if (!await more) return true;
        }
    }

    // After a wake-up without a deadline: take what arrived and report "not finished yet".
    private bool ReadAvailable()
    {
        while (reader.TryRead(out var reply)) Take(reply);
        return reader.Completion.IsCompleted;
    }

    private void Take(Reply reply)
    {
        if (reply is ProgressReply progress)
        {
            LatestProgress = progress;
            ProgressPending = true;
        }
        else
        {
            _results.Add(reply);
        }
    }
}
