using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Execution.Loop;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// What one !Script in a channel did, before any rendering: the entries as the loop sent them, how the run ended,
/// what it logged or raised, and the channel's context afterwards.
/// </summary>
internal sealed record WarRoomRun(ScriptRun Run, IReadOnlyList<string> ContextRefusals, JsonObject Context)
{
    public IReadOnlyList<JsonElement> Entries => Run.Entries.Select(e => e.Entry).ToList();

    /// <summary>The one entry of a run that completed, else a failure that shows what the run did instead.</summary>
    public JsonElement SingleEntry()
    {
        Assert.True(Run.Ending == ScriptEnding.Completed && Entries.Count == 1,
            $"expected one entry from a completed run, got {Entries.Count} ({Run.Ending}):\n{string.Join('\n', Entries.Select(e => e.GetRawText()))}\n{Rest}");
        return Entries[0];
    }

    /// <summary>Everything but entries (log lines, tracebacks), for the message of a failing assertion.</summary>
    public string Rest => string.Join('\n', Run.Outputs.Where(o => o is not EntryOutput).Select(o => o switch
    {
        ExceptionOutput exception => string.Join('\n', exception.Traceback),
        LogOutput log => log.Text,
        _ => o.ToString(),
    }));
}
