namespace ChatOps.Replies;

/// <summary>
/// The command failed or was refused. Message says what was wrong; Usage is the command's syntax and is set only
/// when the line itself was malformed (a parse error, an unknown or missing argument, a value of the wrong shape),
/// never after a refusal by policy, an engine failure or a thing not found. Column (1-based) and Input let an
/// adapter draw a caret under the offending character; Detail carries log or traceback lines that the message
/// does not already say. Any ErrorReply makes the whole command count as failed (exit status 1 for `chatops exec`).
/// </summary>
public sealed record ErrorReply(string Message, string? Usage = null, int? Column = null, string? Input = null, string? Detail = null) : Reply
{
    /// <summary>True when a handler refused the command on policy (self-approval), so the audit records "refused:" as for access refusals.</summary>
    public bool Refusal { get; init; }

    /// <summary>What can be done about it, in a user's and an admin's words; the war room folds one into Message.</summary>
    public Remedy? Remedy { get; init; }

    /// <summary>The reply as its reader sees it: the remedy in the reader's voice after the message, and no longer apart.</summary>
    public ErrorReply SaidTo(bool admin) =>
        Remedy is null ? this : this with { Message = Message.TrimEnd() + " " + Remedy.For(admin), Remedy = null };
}
