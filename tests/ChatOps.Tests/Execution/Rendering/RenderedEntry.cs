using System.Text.Encodings.Web;
using System.Text.Json;
using ChatOps.Execution;
using ChatOps.Execution.Loop;
using ChatOps.Options;
using ChatOps.Replies;

namespace ChatOps.Tests.Execution.Rendering;

/// <summary>One entry through ScriptRunRenderer, and its display as JSON so a test can state every reply exactly.</summary>
internal static class RenderedEntry
{
    // Relaxed so the expected JSON in a test reads as the text it stands for (<br>, quotes) rather than \u003C.
    private static readonly JsonSerializerOptions Readable = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static EntryReply Of(string entryJson)
    {
        using var document = JsonDocument.Parse(entryJson);
        var run = new ScriptRun([new EntryOutput(document.RootElement.Clone())], ScriptEnding.Completed, 0);
        return Assert.IsType<EntryReply>(Assert.Single(ScriptRunRenderer.Render("!X", run, new ExecutorOptions())));
    }

    /// <summary>What the war room shows for the entry, as the JSON array of its display replies.</summary>
    public static string Display(string entryJson) => JsonSerializer.Serialize(Of(entryJson).Display, Readable);
}
