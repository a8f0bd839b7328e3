using System.Runtime.CompilerServices;
using ChatOps;
using ChatOps.Replies;

namespace ChatOps.Bench.Slack;

/// <summary>A war room that waits a fixed time, then answers with a small images table.</summary>
internal sealed class BenchWarRoom(TimeSpan work) : IWarRoom
{
    public async IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (work > TimeSpan.Zero) await Task.Delay(work, cancellationToken);
        yield return new TableReply("Docker images", ["repository", "tag"], [["demisto/python3-deb", "3.11.2.1"]]);
    }
}
