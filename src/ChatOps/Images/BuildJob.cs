using System.Threading.Channels;
using ChatOps.Replies;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// One build that one or more identical requests wait on. Progress goes to every subscriber (a late one first
/// gets the latest progress); the outcome is shared by all. The build is cancelled when its last waiter leaves,
/// unless nobody is waiting live (a build resumed after a restart, whose requesters are told afterwards).
/// </summary>
internal sealed class BuildJob(ImageSpec spec, ChatMessage requester, bool detached = false)
{
    private readonly object _gate = new();
    private readonly List<ChannelWriter<Reply>> _subscribers = [];
    private readonly TaskCompletionSource<BuildResult> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<long> _journalIds = [];
    private readonly List<ChatMessage> _absent = [];
    private readonly List<ChatMessage> _requesters = [];
    private string? _dockerfile;
    private Reply? _latest;
    private bool _finished;
    private int _waiters;

    public ImageSpec Spec { get; } = spec;

    public ChatMessage Requester { get; } = requester;

    /// <summary>The build journal's rows of everyone who asked for this build, live or resumed after a restart.</summary>
    public IReadOnlyList<long> JournalIds
    {
        get
        {
            lock (_gate) return [.. _journalIds];
        }
    }

    /// <summary>Requesters nobody waits on live (resumed after a restart of the bot): told of the outcome through the kept results.</summary>
    public IReadOnlyList<ChatMessage> AbsentRequesters
    {
        get
        {
            lock (_gate) return [.. _absent];
        }
    }

    /// <summary>Everyone who asked for this build, live or absent, first come first: none of them may approve its image.</summary>
    public IReadOnlyList<ChatMessage> Requesters
    {
        get
        {
            lock (_gate) return [.. _requesters];
        }
    }

    /// <summary>The Dockerfile generated for it, once the build started; null before.</summary>
    public string? Dockerfile
    {
        get
        {
            lock (_gate) return _dockerfile;
        }
    }

    /// <summary>Adds a journal row of a requester: one waiting live, or (absent) one whose wait a restart of the bot ended.</summary>
    public void Journaled(long journalId, ChatMessage requester, bool absent = false)
    {
        lock (_gate)
        {
            _journalIds.Add(journalId);
            _requesters.Add(requester);
            if (absent) _absent.Add(requester);
        }
    }

    /// <summary>The build got its tag and Dockerfile (see <see cref="BuildStart"/>).</summary>
    public void Started(BuildStart start)
    {
        lock (_gate) _dockerfile = start.Dockerfile;
    }

    public Task<BuildResult> Outcome => _outcome.Task;

    /// <summary>Cancelled when the last live waiter left: the engine build stops and no tag is applied.</summary>
    public CancellationToken Cancelled => _cancellation.Token;

    /// <summary>One more requester waits on it; false when it is being cancelled and a new job must be started instead.</summary>
    public bool Join()
    {
        lock (_gate)
        {
            if (_cancellation.IsCancellationRequested) return false;
            _waiters++;
            return true;
        }
    }

    /// <summary>A requester stopped waiting; returns how many still wait. The last one leaving cancels the build.</summary>
    public int Leave()
    {
        lock (_gate)
        {
            _waiters = Math.Max(0, _waiters - 1);
            if (_waiters == 0 && !detached && !_finished) _cancellation.Cancel();
            return _waiters;
        }
    }

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

    public void Finish(Task<BuildResult> build)
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
