using ChatOps.Parsers.Commands;

namespace ChatOps.Access;

/// <summary>
/// Which permissions a command needs, all of them. Empty means anyone may (help). Behind an interface because only
/// the execution layer knows whether "!name" is a script or an integration command, and on which instances.
/// </summary>
internal interface ICommandPermissions
{
    IReadOnlyList<RequiredPermission> For(ChatCommand command);
}
