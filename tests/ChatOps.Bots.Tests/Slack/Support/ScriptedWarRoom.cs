using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>A war room that answers every line with the same scripted replies, each after its delay, and records what it was asked.</summary>
internal sealed class ScriptedWarRoom(params (TimeSpan Delay, Reply Reply)[] script) : IWarRoom
{
    public ConcurrentQueue<ChatMessage> Received { get; } = new();

    public async IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Received.Enqueue(message);
        foreach (var (delay, reply) in script)
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken);
            yield return reply;
        }
    }

    public static TableReply ImagesTable() => new("Docker images", ["repository", "tag"],
        [["demisto/example", "1.0.0.1"], ["demisto/python3-deb", "3.11.2.1"]]);

    /// <summary>Answers at once with the images table.</summary>
    public static ScriptedWarRoom Quick() => new((TimeSpan.Zero, ImagesTable()));

    /// <summary>Yields progress slowly, well past the inline budget, then the table.</summary>
    public static ScriptedWarRoom Slow(TimeSpan step, int progressCount = 3)
    {
        var script = Enumerable.Range(1, progressCount)
            .Select(i => (step, (Reply)new ProgressReply("list images", $"reading engine {i}", i, progressCount)))
            .Append((step, (Reply)ImagesTable()))
            .ToArray();
        return new ScriptedWarRoom(script);
    }
}
