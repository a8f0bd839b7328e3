using System.Text.Json;
using ChatOps.Execution.Files;
using ChatOps.Replies;

namespace ChatOps.Execution.Entries;

/// <summary>
/// One XSOAR entry as the war room shows it, kept whole in an EntryReply. The order is XSOAR's: an error entry
/// is an error; a file entry is its file (a FileReply when the server kept it, else its name); else the
/// HumanReadable markdown when there is one, else Contents by ContentsFormat (json as a table or a code block,
/// markdown as markdown, html as its text, anything else as text); a warning says so first.
/// </summary>
internal static class EntryRenderer
{
    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    /// <param name="kept">The file the server kept for this entry (same FileID), or null.</param>
    public static Reply Render(string verb, JsonElement entry, StoredFile? kept = null)
    {
        // Not an object, so not an entry: there are no fields to hand on, only the value to show.
        if (entry.ValueKind != JsonValueKind.Object) return new TextReply(JsonContents.AsText(entry));

        var type = EntryTypes.Of(entry);
        var format = Text(entry, "ContentsFormat") ?? "text";
        var contents = entry.TryGetProperty("Contents", out var c) ? c : Null;
        var humanReadable = Text(entry, "HumanReadable");
        JsonElement? context = entry.TryGetProperty("EntryContext", out var e) && e.ValueKind != JsonValueKind.Null ? e : null;
        var file = Text(entry, "File");
        var fileId = Text(entry, "FileID");
        return new EntryReply(type, format, contents, humanReadable, context, file, fileId, Display(verb, type, format, contents, humanReadable, file, fileId, kept));
    }

    private static IReadOnlyList<Reply> Display(string verb, int type, string format, JsonElement contents, string? humanReadable, string? file, string? fileId,
        StoredFile? kept)
    {
        if (type == EntryTypes.Error) return [new ErrorReply($"{verb} returned an error: {ErrorMessage(contents, humanReadable)}")];
        if (type is EntryTypes.File or EntryTypes.EntryInfoFile or EntryTypes.Image && file is not null && fileId is not null)
        {
            // The file itself, for each adapter to attach (Slack, Discord) or point to (console). An entry whose
            // file never reached the server (a server command's entry, a file the script did not write) is named.
            if (kept is not null) return [new FileReply(kept.Name, kept.Path, kept.Size, FileContentTypes.Of(kept.Path))];
            return [new TextReply(type == EntryTypes.Image ? $"[image: {file}]" : $"[file: {file}]")];
        }
        var shown = string.IsNullOrWhiteSpace(humanReadable) ? ByFormat(format, contents) : HumanReadableBlocks.Parse(humanReadable);
        return type == EntryTypes.Warning ? Warning(shown) : shown;
    }

    private static IReadOnlyList<Reply> ByFormat(string format, JsonElement contents)
    {
        var text = JsonContents.AsText(contents);
        if (contents.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || (contents.ValueKind == JsonValueKind.String && text.Length == 0)) return [];
        return format switch
        {
            "json" or "table" or "dbotCommandResponse" => [JsonContents.Render(contents) ?? new TextReply(text)],
            "markdown" => HumanReadableBlocks.Parse(text),
            "html" => [new TextReply(HtmlText.Strip(text))],
            _ => [new TextReply(text)],
        };
    }

    private static string ErrorMessage(JsonElement contents, string? humanReadable)
    {
        var text = JsonContents.AsText(contents);
        return text.Length > 0 ? text : string.IsNullOrWhiteSpace(humanReadable) ? "(no message)" : humanReadable;
    }

    /// <summary>"Warning:" goes in front of the first text; before a table or code block it is a line of its own.</summary>
    private static IReadOnlyList<Reply> Warning(IReadOnlyList<Reply> shown)
    {
        if (shown.Count == 0) return [new TextReply("Warning: (no message)")];
        if (shown[0] is TextReply first) return [new TextReply("Warning: " + first.Text), .. shown.Skip(1)];
        return [new TextReply("Warning:"), .. shown];
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
