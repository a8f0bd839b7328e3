using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Content;

/// <summary>
/// Reads one XSOAR-style script YAML: unified (code under <c>script:</c>) or split (<c>script: ''</c> or
/// <c>'-'</c>, code in Name.py beside Name.yml). Errors carry the line of the offending node.
/// </summary>
internal static class ContentScriptReader
{
    public static ContentScript Read(string path)
    {
        var root = LoadRoot(path);
        var name = RequiredScalar(root, "name");
        var id = root.Children.TryGetValue(new YamlScalarNode("commonfields"), out var common) && common is YamlMappingNode commonMap
            ? OptionalScalar(commonMap, "id") ?? name
            : name;
        var type = OptionalScalar(root, "type") ?? "python";
        if (type != "python")
            throw new ContentFormatException($"type '{type}' is not supported: only python scripts run here", LineOf(root, "type"));
        var subtype = OptionalScalar(root, "subtype") ?? "python3";
        if (subtype is not ("python2" or "python3"))
            throw new ContentFormatException($"subtype '{subtype}' is not supported: write python2 or python3", LineOf(root, "subtype"));
        if (!IsValidName(name))
            throw new ContentFormatException($"name '{name}' cannot be typed as !{name}: use letters, digits, '_' and '-' only", LineOf(root, "name"));

        return new ContentScript(
            id,
            name,
            OptionalScalar(root, "comment") ?? "",
            type,
            subtype,
            NullIfEmpty(OptionalScalar(root, "dockerimage")),
            ReadArgs(root),
            Flag(root, "runonce"),
            ReadCode(root, path),
            path);
    }

    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static YamlMappingNode LoadRoot(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        var parser = new Parser(reader);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            throw new ContentFormatException(Innermost(exception).Message, (int)exception.Start.Line);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow collections; the last
            // event it parsed is where the file went wrong.
            var line = parser.Current is { } current ? (int)current.End.Line : 1;
            throw new ContentFormatException("the YAML is malformed here (an unclosed [ or { ?)", line);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ContentFormatException("the file is not a YAML mapping (expected commonfields, name, script, ...)", 1);
        return root;
    }

    private static Exception Innermost(Exception exception) => exception.InnerException is YamlException inner ? Innermost(inner) : exception;

    private static string ReadCode(YamlMappingNode root, string path)
    {
        var inline = OptionalScalar(root, "script");
        if (!string.IsNullOrWhiteSpace(inline) && inline.Trim() != "-") return inline;
        var split = Path.ChangeExtension(path, ".py");
        if (File.Exists(split)) return File.ReadAllText(split);
        throw new ContentFormatException($"script is empty and there is no {Path.GetFileName(split)} beside the YAML", LineOf(root, "script") ?? 1);
    }

    private static List<ContentArgument> ReadArgs(YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("args"), out var node) || node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode sequence)
            throw new ContentFormatException("args must be a list of {name, description, required, defaultValue, isArray}", Line(node));
        var args = new List<ContentArgument>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode arg) throw new ContentFormatException("each entry of args must be a mapping with a name", Line(item));
            var name = RequiredScalar(arg, "name");
            if (!IsValidName(name)) throw new ContentFormatException($"argument name '{name}' cannot be typed as {name}=...", LineOf(arg, "name"));
            if (args.Any(a => a.Name == name)) throw new ContentFormatException($"argument '{name}' is listed twice", LineOf(arg, "name"));
            var defaultField = OptionalScalar(arg, "default");
            var defaultIsFlag = defaultField is "true" or "false" or "True" or "False";
            args.Add(new ContentArgument(
                name,
                Flag(arg, "required"),
                OptionalScalar(arg, "defaultValue") ?? (defaultIsFlag ? null : defaultField),
                Flag(arg, "isArray"),
                OptionalScalar(arg, "description") ?? "",
                defaultIsFlag && Flag(arg, "default")));
        }
        return args;
    }

    private static string RequiredScalar(YamlMappingNode map, string key) =>
        NullIfEmpty(OptionalScalar(map, key)) ?? throw new ContentFormatException($"'{key}' is missing", Line(map));

    private static string? OptionalScalar(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return null;
        return node switch
        {
            YamlScalarNode scalar => scalar.Value,
            _ => throw new ContentFormatException($"'{key}' must be a single value", Line(node)),
        };
    }

    private static bool Flag(YamlMappingNode map, string key) =>
        OptionalScalar(map, key) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "yes");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? LineOf(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Line(node) : Line(map);

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
