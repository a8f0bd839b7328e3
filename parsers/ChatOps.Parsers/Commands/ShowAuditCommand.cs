namespace ChatOps.Parsers.Commands;

/// <summary>
/// <c>/audit [user=slack:U0123] [command=/docker_image_create] [outcome=refused] [limit=20]</c>: the most recent
/// audited commands, newest first, filtered.
/// </summary>
/// <param name="User">A principal ("slack:U0123") or a bare user id ("U0123", on any platform); null for everyone.</param>
/// <param name="Command">A verb as audited ("/docker_images", "!Print"); null for every command.</param>
/// <param name="Outcome">The start of the outcome ("ok", "refused", "failed", "interrupted", "open" for still running); null for any.</param>
public sealed record ShowAuditCommand(string? User, string? Command, string? Outcome, int Limit) : ChatCommand
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public override string Verb => "/audit";
}
