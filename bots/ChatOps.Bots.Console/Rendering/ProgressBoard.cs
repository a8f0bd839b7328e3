using ChatOps.Replies;
using Spectre.Console;

namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// One live row per activity: each ProgressReply replaces the row of its Activity (spinner, activity and
/// message, a bar and "step N of M" when the steps are known) instead of adding a line.
/// </summary>
internal sealed class ProgressBoard(ProgressContext context, int width)
{
    private readonly Dictionary<string, ProgressTask> _rows = new(StringComparer.Ordinal);

    public void Update(ProgressReply reply)
    {
        var description = Markup.Escape(Shorten(TerminalText.CleanLine($"{reply.Activity}: {ProgressText.Of(reply)}")));
        if (!_rows.TryGetValue(reply.Activity, out var row))
        {
            row = context.AddTask(description, autoStart: true);
            _rows.Add(reply.Activity, row);
        }
        row.Description = description;
        if (reply.Step is { } step && reply.TotalSteps is { } total && total > 0)
        {
            row.IsIndeterminate = false;
            row.MaxValue = total;
            row.Value = Math.Clamp(step, 0, total);
        }
        else
        {
            row.IsIndeterminate = true;
        }
    }

    /// <summary>The command ended: every row stops where it is.</summary>
    public void Stop()
    {
        foreach (var row in _rows.Values) row.StopTask();
    }

    // Room left for the text after the spinner, the bar and the step count; one row per activity, never wrapped.
    private string Shorten(string text)
    {
        var room = Math.Max(20, width - 44);
        return text.Length <= room ? text : text[..(room - 1)] + "…";
    }
}
