using System.Runtime.CompilerServices;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Support;

/// <summary>A war room that records what it was handed and answers with whatever the test scripts.</summary>
internal sealed class FakeWarRoom : IWarRoom
{
    public List<ChatMessage> Messages { get; } = [];

    /// <summary>The replies to a message; by default one TextReply echoing the line.</summary>
    public Func<ChatMessage, CancellationToken, IAsyncEnumerable<Reply>> Respond { get; set; } = (m, _) => Replies(new TextReply("ok: " + m.Text));

    public IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        Messages.Add(message);
        return Respond(message, cancellationToken);
    }

    public static async IAsyncEnumerable<Reply> Replies(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            await Task.Yield();
            yield return reply;
        }
    }

    /// <summary>A command that yields <paramref name="before"/> and then fails with <paramref name="exception"/>.</summary>
    public static async IAsyncEnumerable<Reply> Throwing(Exception exception, params Reply[] before)
    {
        foreach (var reply in before)
        {
            await Task.Yield();
            yield return reply;
        }
        await Task.Yield();
        throw exception;
    }

    /// <summary>A command that runs until its token is cancelled, calling <paramref name="started"/> once it runs.</summary>
    public static async IAsyncEnumerable<Reply> UntilCancelled(Action started, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new ProgressReply("wait", "waiting");
        started();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield return new TextReply("never");
    }
}
