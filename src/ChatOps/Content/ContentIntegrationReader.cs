using YamlDotNet.RepresentationModel;
using static ChatOps.Content.ContentYaml;

namespace ChatOps.Content;

/// <summary>
/// Reads one integration YAML: name, display, category and <c>configuration</c> at the root; type, image,
/// commands, code and the fetch / long-running flags under its <c>script:</c> mapping.
/// </summary>
internal static class ContentIntegrationReader
{
    public static ContentIntegration Read(YamlMappingNode root, YamlMappingNode script, ContentCandidate candidate, bool python2Available)
    {
        var name = RequiredScalar(root, "name");
        var (type, subtype) = ContentLanguage.Read(script);
        var dockerImage = NullIfEmpty(OptionalScalar(script, "dockerimage"));
        return new ContentIntegration(
            IdOf(root, name),
            name,
            NullIfEmpty(OptionalScalar(root, "display")) ?? name,
            OptionalScalar(root, "category") ?? "",
            OptionalScalar(root, "description") ?? "",
            Mappings(root, "configuration", "{name, display, type, required, defaultvalue}").Select(ReadParam).ToList(),
            Mappings(script, "commands", "{name, description, arguments, outputs}").Select(ReadCommand).ToList(),
            type,
            subtype,
            dockerImage,
            Flag(script, "isfetch"),
            Flag(script, "longRunning"),
            Flag(script, "feed"),
            Flag(script, "runonce"),
            type == ContentLanguage.Python ? ContentCode.Read(OptionalScalar(script, "script"), candidate.Path, LineOf(script, "script") ?? 1) : "",
            candidate.Path,
            candidate.Pack,
            ContentLanguage.NotRunnableReason(name, type, subtype, dockerImage, python2Available));
    }

    private static IntegrationParam ReadParam(YamlMappingNode param)
    {
        var name = RequiredScalar(param, "name");
        var typeText = OptionalScalar(param, "type");
        var type = 0;
        if (typeText is not null && !int.TryParse(typeText, out type))
            throw new ContentFormatException($"parameter '{name}' has type '{typeText}': parameter types are XSOAR's numbers (0, 4, 8, ...)", LineOf(param, "type"));
        return new IntegrationParam(
            name,
            OptionalScalar(param, "display") ?? "",
            type,
            Flag(param, "required"),
            // A multi-select may list its defaults; the rest of the bot passes lists comma separated.
            Strings(param, "defaultvalue") is { } defaults ? string.Join(',', defaults) : null,
            IsHidden(param),
            Strings(param, "options"),
            OptionalScalar(param, "additionalinfo") ?? "");
    }

    /// <summary>
    /// <c>hidden: true</c>, or a list of the marketplaces that hide it (xsoar, marketplacev2, xpanse...): this bot
    /// stands in for XSOAR, so a list hides the parameter when it names an xsoar marketplace.
    /// </summary>
    private static bool IsHidden(YamlMappingNode param) => Node(param, "hidden") is YamlSequenceNode
        ? Strings(param, "hidden")!.Any(m => m.StartsWith("xsoar", StringComparison.OrdinalIgnoreCase))
        : Flag(param, "hidden");

    private static IntegrationCommand ReadCommand(YamlMappingNode command) => new(
        RequiredScalar(command, "name"),
        OptionalScalar(command, "description") ?? "",
        ContentArgumentReader.Read(command, "arguments", typeable: false),
        Mappings(command, "outputs", "{contextPath, description, type}")
            .Select(o => new CommandOutput(RequiredScalar(o, "contextPath"), OptionalScalar(o, "description") ?? "", OptionalScalar(o, "type") ?? ""))
            .ToList(),
        Flag(command, "deprecated"));
}
