using YamlDotNet.RepresentationModel;
using static ChatOps.Content.ContentYaml;

namespace ChatOps.Content;

/// <summary>
/// Reads one XSOAR-style script YAML (code under <c>script:</c>, or in Name.py beside it). Errors carry the line
/// of the offending node.
/// </summary>
internal static class ContentScriptReader
{
    public static ContentScript Read(YamlMappingNode root, ContentCandidate candidate, bool python2Available)
    {
        var name = RequiredScalar(root, "name");
        var id = IdOf(root, name);
        var (type, subtype) = ContentLanguage.Read(root);
        if (!IsValidName(name))
            throw new ContentFormatException($"name '{name}' cannot be typed as !{name}: use letters, digits, '_' and '-' only", LineOf(root, "name"));
        var dockerImage = NullIfEmpty(OptionalScalar(root, "dockerimage"));

        return new ContentScript(
            id,
            name,
            OptionalScalar(root, "comment") ?? "",
            type,
            subtype,
            dockerImage,
            ContentArgumentReader.Read(root, "args", typeable: true),
            Flag(root, "runonce"),
            // Only Python runs here, so only Python code is read: a JavaScript item without its .js is no error.
            type == ContentLanguage.Python ? ContentCode.Read(OptionalScalar(root, "script"), candidate.Path, LineOf(root, "script") ?? 1) : "",
            candidate.Path,
            candidate.Pack,
            ContentLanguage.NotRunnableReason("!" + name, type, subtype, dockerImage, python2Available),
            Strings(root, "tags") ?? []);
    }

    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
