using System.Globalization;
using System.Text.Json;
using ChatOps.Execution.Entries;
using ChatOps.Execution.Files;
using ChatOps.Execution.Loop;
using ChatOps.Options;
using ChatOps.Replies;

namespace ChatOps.Execution;

/// <summary>
/// A script run for people: log lines as text, each entry as the war room shows it (<see cref="EntryRenderer"/>;
/// a file entry with the file the server kept for it), exceptions as errors with the end of the traceback, then
/// how it ended.
/// </summary>
internal static class ScriptRunRenderer
{
    private const int TracebackLines = 8;

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
            if (output is EntryOutput entry) yield return EntryRenderer.Render(verb, entry.Entry, KeptFor(entry, run.Files));
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

    /// <summary>The file kept under the entry's FileID (the last one, should a script return the same entry twice).</summary>
    private static StoredFile? KeptFor(EntryOutput entry, IReadOnlyList<StoredFile> kept) =>
        entry.Entry.ValueKind == JsonValueKind.Object && entry.Entry.TryGetProperty("FileID", out var id) && id.ValueKind == JsonValueKind.String
            ? kept.LastOrDefault(f => f.FileId == id.GetString())
            : null;

    private static ErrorReply RenderException(string verb, ExceptionOutput exception)
    {
        var lines = exception.Traceback.Where(l => l.Trim().Length > 0).ToList();
        var last = lines.LastOrDefault() ?? "an exception";
        return new ErrorReply($"{verb} raised {last}", Detail: string.Join('\n', lines.TakeLast(TracebackLines)));
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
