using System.Threading.Channels;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// Hand-off from the HTTP endpoint and the gateway receive loop to the worker. Unbounded so that writing never
/// blocks either of them; the worker starts every job at once (or refuses it), so the queue stays short.
/// </summary>
internal sealed class InteractionQueue
{
    private readonly Channel<InteractionJob> _channel = Channel.CreateUnbounded<InteractionJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<InteractionJob> Reader => _channel.Reader;

    public void Enqueue(InteractionJob job)
    {
        if (!_channel.Writer.TryWrite(job)) throw new InvalidOperationException("The Discord interaction queue is closed (the server is stopping).");
    }

    public void Complete() => _channel.Writer.TryComplete();
}
