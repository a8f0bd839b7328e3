namespace ChatOps.Bots.Slack.WebApi;

/// <summary>One user group as usergroups.list answers it: its id ("S0123") and its members' user ids.</summary>
internal sealed record SlackUserGroup(string Id, IReadOnlyList<string> Users);
