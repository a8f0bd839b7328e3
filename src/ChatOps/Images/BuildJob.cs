using System.Threading.Channels;
using ChatOps.Replies;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// One build that one or more identical requests wait on. Progress goes to every subscriber (a late one first
/// gets the latest progress); the outcome is shared by all.
/// </summary>
internal sealed class BuildJob(ImageSpec spec, ChatMessage requester)
{
    private readonly object _gate = new();
    private readonly List<ChannelWriter<Reply>> _subscribers = [];
    private readonly TaskCompletionSource<ImageRecord> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Reply? _latest;
    private bool _finished;

    public ImageSpec Spec { get; } = spec;

    public ChatMessage Requester { get; } = requester;

    public Task<ImageRecord> Outcome => _outcome.Task;

    /// <summary>Progress of this job from now on; the reader ends when the build does.</summary>
    public ChannelReader<Reply> Subscribe()
    {
        var channel = Channel.CreateUnbounded<Reply>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (_latest is not null) channel.Writer.TryWrite(_latest);
            if (_finished) channel.Writer.TryComplete();
            else _subscribers.Add(channel.Writer);
        }
        return channel.Reader;
    }

    public void Publish(Reply reply)
    {
        lock (_gate)
        {
            if (_finished) return;
            _latest = reply;
            foreach (var subscriber in _subscribers) subscriber.TryWrite(reply);
        }
    }

    public void Finish(Task<ImageRecord> build)
    {
        lock (_gate)
        {
            _finished = true;
            foreach (var subscriber in _subscribers) subscriber.TryComplete();
            _subscribers.Clear();
        }
        if (build.IsCompletedSuccessfully) _outcome.SetResult(build.Result);
        else if (build.IsCanceled) _outcome.SetCanceled();
        else _outcome.SetException(build.Exception!.InnerExceptions);
    }
}
