using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatOps.Execution.Loop;
using ChatOps.Options;
using ChatOps.Replies;

namespace ChatOps.Execution;

/// <summary>
/// A script run for people: log lines as text, text entries as text, JSON as a code block, a list of flat
/// objects as a table, error entries and exceptions as errors with the end of the traceback, then how it ended.
/// </summary>
internal static class ScriptRunRenderer
{
    private const int TracebackLines = 8;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IEnumerable<Reply> Render(string verb, ScriptRun run, ExecutorOptions options)
    {
        var logs = new List<string>();
        foreach (var output in run.Outputs)
        {
            if (output is LogOutput log)
            {
                logs.Add(log.Text);
                continue;
            }
            if (logs.Count > 0)
            {
                yield return new TextReply(string.Join('\n', logs));
                logs.Clear();
            }
            if (output is EntryOutput entry && RenderEntry(verb, entry.Entry) is { } reply) yield return reply;
            if (output is ExceptionOutput exception) yield return RenderException(verb, exception);
        }
        if (logs.Count > 0) yield return new TextReply(string.Join('\n', logs));

        if (run.Truncated)
            yield return new TextReply(string.Create(CultureInfo.InvariantCulture,
                $"[output truncated: {verb} wrote {run.DroppedBytes} bytes more than the {options.OutputLimitBytes} byte limit; they were dropped]"));

        switch (run.Ending)
        {
            case ScriptEnding.TimedOut:
                yield return new ErrorReply($"{verb} ran longer than {Seconds(options.ScriptTimeout)} and was stopped; its container was killed and replaced.");
                break;
            case ScriptEnding.OutOfMemory:
                yield return new ErrorReply($"{verb} ran out of memory (limit {options.MemoryMegabytes} MiB) and was killed; its container was replaced.");
                break;
            case ScriptEnding.LoopEnded:
                yield return new ErrorReply($"{verb} ended the python loop (exit code {run.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}); its container was replaced.");
                break;
            case ScriptEnding.Completed when run.Outputs.Count == 0 && !run.Truncated:
                yield return new TextReply($"{verb} finished with no output.");
                break;
        }
    }

    private static Reply? RenderEntry(string verb, JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object) return new TextReply(entry.ToString());
        var type = entry.TryGetProperty("Type", out var t) && t.TryGetInt32(out var number) ? number : 1;
        var format = entry.TryGetProperty("ContentsFormat", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "text";
        if (!entry.TryGetProperty("Contents", out var contents) || contents.ValueKind == JsonValueKind.Null) return null;

        if (type == 4) return new ErrorReply($"{verb} returned an error: {AsText(contents)}");
        if (format is "json" or "table")
        {
            var value = contents.ValueKind == JsonValueKind.String ? TryParse(contents.GetString()!) : contents;
            if (value is { } json)
                return AsTable(json) ?? (Reply)new CodeBlockReply("json", JsonSerializer.Serialize(json, Indented));
        }
        if (type is 3 or 7) return new TextReply($"[{(type == 3 ? "file" : "image")} entry: {AsText(contents)}]");
        return new TextReply(AsText(contents));
    }

    private static ErrorReply RenderException(string verb, ExceptionOutput exception)
    {
        var lines = exception.Traceback.Where(l => l.Trim().Length > 0).ToList();
        var last = lines.LastOrDefault() ?? "an exception";
        return new ErrorReply($"{verb} raised {last}", Detail: string.Join('\n', lines.TakeLast(TracebackLines)));
    }

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

    private static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
