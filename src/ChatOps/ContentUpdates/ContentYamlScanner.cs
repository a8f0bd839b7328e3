using YamlDotNet.Core;

namespace ChatOps.ContentUpdates;

/// <summary>
/// Finds the dockerimage values of XSOAR-style content YAML: dockerimage and alt_dockerimages at the top level
/// or under script:, with the exact text span of each value (from the parser's Scalar Start/End marks), so the
/// updater edits only those characters and never re-serialises a file.
/// </summary>
internal static class ContentYamlScanner
{
    private const string DockerImageKey = "dockerimage";
    private const string AlternativesKey = "alt_dockerimages";
    private const string OptOutKey = "autoUpdateDockerImage";

    /// <summary>The items of every document of the text that name at least one image.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static IReadOnlyList<ContentItem> Scan(string relativePath, string text)
    {
        var items = new List<ContentItem>();
        foreach (var document in EventTree.ReadDocuments(text))
        {
            if (document is not EventMapping root) continue;
            var script = root.Get("script") as EventMapping;
            var slots = new List<ImageSlot>();
            AddSlots(root, "", text, slots);
            if (script is not null) AddSlots(script, "script.", text, slots);
            if (slots.Count == 0) continue;
            var optedOut = IsFalse(root.Get(OptOutKey)) || IsFalse(script?.Get(OptOutKey));
            items.Add(new ContentItem(relativePath, NameOf(root) ?? relativePath, !optedOut, slots));
        }
        return items;
    }

    private static void AddSlots(EventMapping mapping, string prefix, string text, List<ImageSlot> slots)
    {
        if (mapping.Get(DockerImageKey) is { } image && SlotOf(image, prefix + DockerImageKey, text) is { } slot)
            slots.Add(slot);
        switch (mapping.Get(AlternativesKey))
        {
            case EventSequence alternatives:
                for (var i = 0; i < alternatives.Items.Count; i++)
                    if (SlotOf(alternatives.Items[i], $"{prefix}{AlternativesKey}[{i}]", text) is { } alternative)
                        slots.Add(alternative);
                break;
            case { } other when SlotOf(other, prefix + AlternativesKey, text) is { } single:
                slots.Add(single with { Image = null, Problem = $"{AlternativesKey} must be a list of image names" });
                break;
        }
    }

    private static ImageSlot? SlotOf(EventNode node, string key, string text)
    {
        var start = checked((int)node.Start.Index);
        switch (node)
        {
            case EventScalar { Value.Length: 0 }:
                return null; // No image named; nothing to keep current.
            case EventScalar scalar:
            {
                var end = checked((int)scalar.Event.End.Index);
                var quote = scalar.Event.Style switch
                {
                    ScalarStyle.Plain => "",
                    ScalarStyle.SingleQuoted => "'",
                    ScalarStyle.DoubleQuoted => "\"",
                    _ => null,
                };
                // An anchor or tag (&img, !!str) is part of the event's span: the value as written is what follows it.
                if (quote is not null && (!scalar.Event.Anchor.IsEmpty || !scalar.Event.Tag.IsEmpty))
                    start = Math.Max(start, end - (quote.Length * 2 + scalar.Value.Length));
                var written = text[start..end];
                if (quote is null || written != quote + scalar.Value + quote)
                    return new ImageSlot(key, scalar.Value, start, end, "", null,
                        $"{key} is written over several lines, as a block scalar or with escapes; write it on one line as org/name:tag");
                return DockerImageName.TryParse(scalar.Value, out var image)
                    ? new ImageSlot(key, scalar.Value, start, end, quote, image, null)
                    : new ImageSlot(key, scalar.Value, start, end, quote, null, $"'{scalar.Value}' is not an image name (write org/name:tag)");
            }
            case EventAlias alias:
                return new ImageSlot(key, "*" + alias.Anchor, start, start, "", null,
                    $"{key} is the alias *{alias.Anchor}; write the image name itself so it can be updated on its own");
            default:
                return new ImageSlot(key, "", start, start, "", null, $"{key} must be one image name (org/name:tag)");
        }
    }

    private static string? NameOf(EventMapping root) =>
        ((root.Get("commonfields") as EventMapping)?.Get("id") as EventScalar)?.Value is { Length: > 0 } id
            ? id
            : (root.Get("name") as EventScalar)?.Value is { Length: > 0 } name ? name : null;

    // Any spelling of false opts out: an item that asked not to be touched is never touched.
    private static bool IsFalse(EventNode? node) =>
        node is EventScalar scalar && scalar.Value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
}
