using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using Microsoft.Extensions.Options;

namespace ChatOps.Access;

/// <summary>
/// The Access section applied to one message: admins may do everything, everyone else what the roles granted to
/// them, their groups or roles, or the channel give them there. Without any rule everything is allowed. The
/// refusal is written once here so that it reads the same on every platform.
/// </summary>
internal sealed class AccessPolicy(IOptions<AccessOptions> options, ICommandPermissions permissions, string localUser) : IAccessPolicy
{
    private readonly AccessOptions _options = options.Value;

    public ErrorReply? Refuse(ChatMessage message, ChatCommand command)
    {
        var required = permissions.For(command);
        if (required.Count == 0 || !_options.IsConfigured) return null;

        var who = Principals.Of(message, localUser);
        if (IsAdmin(who)) return null;

        var granted = Granted(who).ToList();
        var missing = required.FirstOrDefault(r => !granted.Any(r.IsCoveredBy));
        return missing is null ? null : Refusal(who, command, missing);
    }

    public bool IsAdmin(ChatMessage message) => IsAdmin(Principals.Of(message, localUser));

    private bool IsAdmin(Principals who) =>
        (who.IsLocalUser && _options.LocalUserIsAdmin) || who.Identities.Any(_options.Admins.Contains);

    private IEnumerable<string> Granted(Principals who)
    {
        var subjects = who.Identities.Append(who.Channel).ToHashSet(StringComparer.Ordinal);
        return _options.Grants
            .Where(g => subjects.Contains(g.To) && (g.Channels.Count == 0 || g.Channels.Contains(who.Channel)))
            .SelectMany(g => g.Roles)
            .SelectMany(role => _options.Roles.TryGetValue(role, out var listed) ? listed : []);
    }

    private ErrorReply Refusal(Principals who, ChatCommand command, RequiredPermission missing)
    {
        var refused = new ErrorReply($"{who.User} may not run {command.Verb} in {who.Channel}: it needs the permission {missing.Name}.");
        if (_options.Admins.Count > 0) return refused with { Message = refused.Message + " Ask an admin to grant it: " + string.Join(", ", _options.Admins) + "." };
        return refused with
        {
            Remedy = new Remedy("No admin is configured to grant it; ask whoever runs the bot.", "No admin is configured (Access:Admins) to grant it."),
        };
    }
}
