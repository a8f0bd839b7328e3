namespace ChatOps.Access;

/// <summary>
/// Who a message comes from and where, written as principals: the user ("slack:U0123"), its groups or roles
/// ("slack:group:S0123", "discord:role:5678"), "console:*" for any console user, and the channel ("discord:9012").
/// </summary>
internal sealed record Principals(string User, IReadOnlyList<string> Groups, string Channel, bool IsLocalUser)
{
    public const string Console = "console";

    /// <summary>`chatops exec` runs as the OS user, like the console: both are the local user's principals.</summary>
    private const string Exec = "exec";

    public static Principals Of(ChatMessage message, string localUser)
    {
        var local = message.Platform is Console or Exec;
        var platform = local ? Console : message.Platform;
        var groupPrefix = platform == "discord" ? "discord:role:" : $"{platform}:group:";
        var groups = (message.Groups ?? []).Select(g => groupPrefix + g).ToList();
        if (local) groups.Add("console:*");
        return new Principals(
            $"{platform}:{message.User}",
            groups,
            $"{platform}:{message.Channel}",
            local && string.Equals(message.User, localUser, StringComparison.Ordinal));
    }

    /// <summary>The user and its groups: who can be an admin or be granted a role personally.</summary>
    public IEnumerable<string> Identities => Groups.Prepend(User);
}
