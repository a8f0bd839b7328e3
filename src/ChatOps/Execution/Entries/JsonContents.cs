using System.Text.Json;
using ChatOps.Replies;

namespace ChatOps.Execution.Entries;

/// <summary>JSON contents for people: a list of flat objects as a table, anything else as an indented code block.</summary>
internal static class JsonContents
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Null when a string does not hold JSON (a "json" entry whose script sent text after all).</summary>
    public static Reply? Render(JsonElement contents)
    {
        var value = contents.ValueKind == JsonValueKind.String ? TryParse(contents.GetString()!) : contents;
        if (value is not { } json) return null;
        return AsTable(json) ?? (Reply)new CodeBlockReply("json", JsonSerializer.Serialize(json, Indented));
    }

    public static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    /// <summary>A non-empty list of objects whose values are all scalars becomes a table, columns in first-seen order.</summary>
    private static TableReply? AsTable(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array || json.GetArrayLength() == 0) return null;
        var rows = json.EnumerateArray().ToList();
        if (rows.Any(r => r.ValueKind != JsonValueKind.Object || r.EnumerateObject().Any(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)))
            return null;
        var columns = rows.SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
        return new TableReply(null, columns, rows
            .Select(r => (IReadOnlyList<string>)columns.Select(c => r.TryGetProperty(c, out var cell) ? AsText(cell) : "").ToList())
            .ToList());
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
