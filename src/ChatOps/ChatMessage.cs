namespace ChatOps;

/// <summary>One line typed in a war room, as every adapter hands it over: who, where, what.</summary>
/// <param name="Platform">"slack", "discord", "console" or "exec".</param>
/// <param name="User">The platform's user id or name, for audit and image labels.</param>
/// <param name="Channel">The war-room channel; script context is kept per channel.</param>
/// <param name="Text">The raw text, before normalisation.</param>
/// <param name="Groups">The user's Slack user group ids or Discord role ids, bare ("S0123", "5678"), when the adapter knows them; the access policy grants by them.</param>
/// <param name="AuditId">The id of the command's "received" audit row, set by the war room before a handler runs, so what the handler does is recorded beside it.</param>
public sealed record ChatMessage(string Platform, string User, string Channel, string Text, IReadOnlyList<string>? Groups = null, long? AuditId = null)
{
    /// <summary>
    /// How the platform lets the bot answer this command later (Slack's response_url, Discord's interaction token),
    /// when the adapter has one: kept while the command runs, so a crash can still be told to the user where they asked.
    /// </summary>
    public Audit.FollowUpRoute? FollowUp { get; init; }
}
