using ChatOps.Replies;

namespace ChatOps.Bots.Discord.Rendering;

/// <summary>
/// The replies of one interaction so far, as they will be shown: a progress reply replaces the earlier progress
/// of the same activity in place, everything else is appended. Written by the war-room pump, read by the
/// editor, hence the lock.
/// </summary>
internal sealed class ReplyTranscript
{
    private readonly Lock _lock = new();
    private readonly List<Reply> _replies = [];
    private int _version;

    public int Version
    {
        get { lock (_lock) return _version; }
    }

    public bool HasErrors
    {
        get { lock (_lock) return _replies.Any(r => r is ErrorReply); }
    }

    /// <summary>Every reply so far, as shown (progress replaced in place).</summary>
    public IReadOnlyList<Reply> Replies
    {
        get { lock (_lock) return _replies.ToList(); }
    }

    /// <summary>The buttons of the cards so far, as Discord's action rows; null when there are none.</summary>
    public IReadOnlyList<Components.ActionRow>? Buttons
    {
        get { lock (_lock) return Components.ButtonRows.Of(_replies.OfType<CardReply>().SelectMany(c => c.Buttons)); }
    }

    /// <summary>The files the replies name, in order: they follow the answer as messages of their own.</summary>
    public IReadOnlyList<FileReply> Files
    {
        get { lock (_lock) return _replies.OfType<FileReply>().ToList(); }
    }

    public void Add(Reply reply)
    {
        // An entry is kept as its display, so its error goes where errors go (ephemeral, to the requester).
        foreach (var shown in ReplyDisplay.Of(reply)) AddShown(shown);
    }

    private void AddShown(Reply reply)
    {
        lock (_lock)
        {
            var earlier = reply is ProgressReply progress
                ? _replies.FindIndex(r => r is ProgressReply p && p.Activity == progress.Activity)
                : -1;
            if (earlier >= 0) _replies[earlier] = reply;
            else _replies.Add(reply);
            _version++;
        }
    }

    /// <summary>Everything, errors included (inline answers are one message, ephemeral when anything failed).</summary>
    public string RenderAll() => Render(_ => true);

    /// <summary>What may be shown to the channel: everything but errors.</summary>
    public string RenderPublic() => Render(r => r is not ErrorReply);

    /// <summary>Only the errors, for the invoking user's eyes (ephemeral follow-ups).</summary>
    public string RenderErrors() => Render(r => r is ErrorReply);

    private string Render(Func<Reply, bool> include)
    {
        lock (_lock) return string.Join("\n", _replies.Where(include).Select(DiscordMarkdown.Render));
    }
}
