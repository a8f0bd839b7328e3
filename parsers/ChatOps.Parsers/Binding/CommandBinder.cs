using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Binding;

/// <summary>Gives a tokenised line its meaning: picks the command from its first word and hands the rest to that command's binder.</summary>
internal static class CommandBinder
{
    static readonly IReadOnlyDictionary<string, Func<RawLine, CommandSpec, int, Bound>> Binders =
        new Dictionary<string, Func<RawLine, CommandSpec, int, Bound>>
        {
            ["/docker_image_create"] = CreateImageBinder.Bind,
            ["/docker_image_update"] = UpdateImageBinder.Bind,
            ["/docker_images"] = ListImagesBinder.Bind,
            ["/docker_image_info"] = ImageInfoBinder.Bind,
            ["/docker_image_delete"] = DeleteImageBinder.Bind,
            ["/docker_image_prune"] = NoArgumentsBinder.Binding(new PruneImagesCommand()),
            ["/docker_image_diff"] = ImageDiffBinder.Bind,
            ["/docker_image_approve"] = ApprovalBinder.Binding(id => new ApproveImageCommand(id)),
            ["/docker_image_deny"] = ApprovalBinder.Binding(id => new DenyImageCommand(id)),
            ["/docker_image_approvals"] = NoArgumentsBinder.Binding(new ListApprovalsCommand()),
            ["/engines"] = NoArgumentsBinder.Binding(new ShowEnginesCommand()),
            ["/content_update_images"] = NoArgumentsBinder.Binding(new ContentUpdateCommand()),
            ["/integration_test"] = IntegrationTestBinder.Bind,
            ["/audit"] = ShowAuditBinder.Bind,
            ["/run"] = RunBinder.Bind,
            ["/help"] = HelpBinder.Bind,
        };

    /// <param name="lineEnd">The column just after the line, where a missing argument would go.</param>
    public static Bound Bind(RawLine line, int lineEnd)
    {
        var head = line.Head;
        if (head.Kind == CommandToken.Script) return ScriptBinder.Bind(line, lineEnd);
        if (head.Kind is not (CommandToken.Command or CommandToken.Word))
            return Bound.Fail($"expected a command such as /docker_images, !ScriptName or help, found {head.Displayed}", head.Column, null);
        if (line.Items.FirstOrDefault() is RawToken { Kind: CommandToken.EqualsSign } equals && equals.Column == head.End)
            return Bound.Fail($"expected a command such as /docker_images, !ScriptName or help before {Shown.Quote(head.Text + "=")}", head.Column, null);

        var spec = CommandCatalog.Find(head.Text);
        return spec is not null && Binders.TryGetValue(spec.Verb, out var bind)
            ? bind(line, spec, lineEnd)
            : UnknownCommand.For(head);
    }
}
