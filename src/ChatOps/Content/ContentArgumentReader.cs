using YamlDotNet.RepresentationModel;
using static ChatOps.Content.ContentYaml;

namespace ChatOps.Content;

/// <summary>
/// A script's <c>args:</c> or an integration command's <c>arguments:</c>: the same entries (name, required,
/// default, defaultValue, isArray, predefined, description) under two keys.
/// </summary>
internal static class ContentArgumentReader
{
    /// <param name="typeable">
    /// Scripts are run as <c>!Name key=value</c> today, so their argument names must be typeable and unique;
    /// integration commands are only listed for now, and real content is taken as it is.
    /// </param>
    public static List<ContentArgument> Read(YamlMappingNode owner, string key, bool typeable)
    {
        var args = new List<ContentArgument>();
        foreach (var arg in Mappings(owner, key, "{name, description, required, defaultValue, isArray}"))
        {
            var name = RequiredScalar(arg, "name");
            if (typeable && !ContentScriptReader.IsValidName(name))
                throw new ContentFormatException($"argument name '{name}' cannot be typed as {name}=...", LineOf(arg, "name"));
            if (typeable && args.Any(a => a.Name == name))
                throw new ContentFormatException($"argument '{name}' is listed twice", LineOf(arg, "name"));
            // XSOAR's "default: true" marks the argument a bare value fills; only a non-boolean default is a value.
            var defaultField = OptionalScalar(arg, "default");
            var defaultIsFlag = defaultField is "true" or "false" or "True" or "False";
            args.Add(new ContentArgument(
                name,
                Flag(arg, "required"),
                OptionalScalar(arg, "defaultValue") ?? (defaultIsFlag ? null : defaultField),
                Flag(arg, "isArray"),
                OptionalScalar(arg, "description") ?? "",
                defaultIsFlag && Flag(arg, "default"),
                Strings(arg, "predefined")));
        }
        return args;
    }
}
