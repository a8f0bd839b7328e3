using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Content;

/// <summary>
/// Reading content YAML the way every reader here needs it: values by key, flags as XSOAR writes them, and the
/// 1-based line of a node for the error that points at it.
/// </summary>
internal static class ContentYaml
{
    public static YamlMappingNode LoadRoot(string path)
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

    /// <summary>XSOAR's id of an item (<c>commonfields.id</c>), else its name.</summary>
    public static string IdOf(YamlMappingNode root, string name) =>
        Node(root, "commonfields") is YamlMappingNode common ? OptionalScalar(common, "id") ?? name : name;

    public static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static string RequiredScalar(YamlMappingNode map, string key) =>
        NullIfEmpty(OptionalScalar(map, key)) ?? throw new ContentFormatException($"'{key}' is missing", Line(map));

    public static string? OptionalScalar(YamlMappingNode map, string key) => Node(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var node => throw new ContentFormatException($"'{key}' must be a single value", Line(node)),
    };

    /// <summary>The entries of a list under key; absent or empty (<c>key:</c> with nothing after it) is no entries.</summary>
    public static IEnumerable<YamlNode> Sequence(YamlMappingNode map, string key, string shape) => Node(map, key) switch
    {
        null or YamlScalarNode { Value: null or "" } => [],
        YamlSequenceNode sequence => sequence,
        var node => throw new ContentFormatException($"{key} must be a list of {shape}", Line(node)),
    };

    /// <summary>Each entry of the list under key as a mapping, or the error that names the entry's line.</summary>
    public static IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key, string shape) =>
        Sequence(map, key, shape).Select(item => item as YamlMappingNode
            ?? throw new ContentFormatException($"each entry of {key} must be a mapping like {shape}", Line(item)));

    /// <summary>A list of plain values (predefined, options); a single value is a list of one.</summary>
    public static IReadOnlyList<string>? Strings(YamlMappingNode map, string key) => Node(map, key) switch
    {
        null or YamlScalarNode { Value: null or "" } => null,
        YamlScalarNode scalar => [scalar.Value!],
        YamlSequenceNode sequence => sequence.Children.Select(item => (item as YamlScalarNode)?.Value
            ?? throw new ContentFormatException($"each entry of {key} must be a single value", Line(item))).ToList(),
        var node => throw new ContentFormatException($"{key} must be a list of values", Line(node)),
    };

    public static bool Flag(YamlMappingNode map, string key) =>
        OptionalScalar(map, key) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "yes");

    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static int? LineOf(YamlMappingNode map, string key) => Node(map, key) is { } node ? Line(node) : Line(map);

    public static int Line(YamlNode node) => (int)node.Start.Line;

    private static Exception Innermost(Exception exception) => exception.InnerException is YamlException inner ? Innermost(inner) : exception;
}
