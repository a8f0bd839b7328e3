using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Content;
using ChatOps.Execution.Entries;
using ChatOps.Execution.Loop;

namespace ChatOps.Execution;

/// <summary>
/// The audit's "run" detail of one script or integration command: where it ran, with what, and how it ended, as
/// one JSON object. Every text goes through the instance's redaction (a key an integration printed, an argument
/// holding a secret), and entries are summarised, not stored: the record says what happened without becoming a
/// second copy of every result.
/// </summary>
internal static class RunAuditDetail
{
    private const int SummaryLength = 300;

    public static string Json(ContentScript script, string image, JsonObject args, ScriptRun run, string? instance, Func<string, string> redact)
    {
        var entries = run.Entries.ToList();
        var detail = new JsonObject
        {
            ["script"] = script.Name,
            ["instance"] = instance,
            ["image"] = image,
            ["args"] = JsonNode.Parse(redact(args.ToJsonString())),
            ["ending"] = run.Ending.ToString(),
            ["exitCode"] = run.ExitCode,
            ["entries"] = entries.Count,
            ["errors"] = entries.Count(e => EntryTypes.IsError(e.Entry)) + run.Outputs.OfType<ExceptionOutput>().Count(),
            ["files"] = run.Files.Count,
            ["droppedBytes"] = run.DroppedBytes,
            ["first"] = entries.Count == 0 ? null : redact(Cut(Shown(entries[0].Entry))),
        };
        return detail.ToJsonString();
    }

    /// <summary>What the war room shows first of an entry: its HumanReadable, else its Contents.</summary>
    private static string Shown(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object) return entry.GetRawText();
        foreach (var name in new[] { "HumanReadable", "Contents" })
        {
            if (!entry.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue;
            return JsonContents.AsText(value);
        }
        return "";
    }

    private static string Cut(string text) => text.Length <= SummaryLength ? text : text[..SummaryLength] + "…";
}
