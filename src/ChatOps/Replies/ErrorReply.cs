namespace ChatOps.Replies;

/// <summary>
/// The command failed or was refused. Message says what was wrong and how to write it right; Column (1-based)
/// and Input let an adapter draw a caret under the offending character; Detail carries log or traceback lines.
/// Any ErrorReply makes the whole command count as failed (exit status 1 for `chatops exec`).
/// </summary>
public sealed record ErrorReply(string Message, string? Usage = null, int? Column = null, string? Input = null, string? Detail = null) : Reply
{
    /// <summary>True when a handler refused the command on policy (self-approval), so the audit records "refused:" as for access refusals.</summary>
    public bool Refusal { get; init; }
}
