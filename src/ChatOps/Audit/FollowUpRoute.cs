namespace ChatOps.Audit;

/// <summary>
/// How a platform lets the bot answer one command later, as its adapter received it: Slack's response_url, Discord's
/// interaction token. Kept (see <see cref="FollowUpRoutes"/>) only while the command runs, so that a command a crash
/// cuts short can still be answered where it was asked. A secret of sorts: never logged, never on the audit chain.
/// </summary>
/// <param name="Address">The response_url, or the interaction token.</param>
/// <param name="ValidUntil">When the platform stops taking answers through it (Slack 30 minutes, Discord 15 minutes after the command).</param>
public sealed record FollowUpRoute(string Address, DateTimeOffset ValidUntil);
