using System.Threading.Channels;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>Hands commands from the HTTP endpoint and Socket Mode to the hosted worker that runs them.</summary>
internal sealed class SlackCommandQueue
{
    private readonly Channel<CommandJob> _jobs = Channel.CreateUnbounded<CommandJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<CommandJob> Reader => _jobs.Reader;

    public bool TryEnqueue(CommandJob job) => _jobs.Writer.TryWrite(job);

    /// <summary>No more jobs are taken (host shutting down).</summary>
    public void Complete() => _jobs.Writer.TryComplete();
}
