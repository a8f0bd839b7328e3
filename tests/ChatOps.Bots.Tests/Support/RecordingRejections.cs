using System.Collections.Concurrent;
using ChatOps.Audit;

namespace ChatOps.Bots.Tests.Support;

/// <summary>The audit's rejected-request sink as an adapter sees it, recording what it was told.</summary>
internal sealed class RecordingRejections : IRejectedRequests
{
    public ConcurrentQueue<(string Platform, string Reason, string? Remote)> Rejected { get; } = new();

    public Task RejectedAsync(string platform, string reason, string? remote, CancellationToken cancellationToken)
    {
        Rejected.Enqueue((platform, reason, remote));
        return Task.CompletedTask;
    }
}
