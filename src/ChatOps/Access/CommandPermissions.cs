using ChatOps.Parsers.Commands;

namespace ChatOps.Access;

/// <summary>
/// The permissions of each command as parsed, without content: every "!name" counts as the script
/// "scripts.run:name". The execution layer replaces this with one that knows integration commands.
/// </summary>
internal sealed class CommandPermissions : ICommandPermissions
{
    public IReadOnlyList<RequiredPermission> For(ChatCommand command) => command switch
    {
        HelpCommand => [],
        ListImagesCommand or ImageInfoCommand or ImageDiffCommand => [new(Permissions.ImagesList)],
        DeleteImageCommand or PruneImagesCommand => [new(Permissions.ImagesDelete)],
        CreateImageCommand => [new(Permissions.ImagesCreate)],
        UpdateImageCommand => [new(Permissions.ImagesUpdate)],
        ApproveImageCommand or DenyImageCommand or ListApprovalsCommand => [new(Permissions.ImagesApprove)],
        ContentUpdateCommand => [new(Permissions.ContentUpdate)],
        IntegrationTestCommand test => [new(Permissions.Integration(test.Instance))],
        RunScriptCommand run => [new(Permissions.Script(run.ScriptName))],
        ShowAuditCommand => [new(Permissions.AuditRead)],
        ShowEnginesCommand => [new(Permissions.EnginesList)],
        // A command added without a mapping is refused to all but admins rather than open to everyone.
        _ => [new(command.Verb)],
    };
}
