using System.Text;
using ChatOps.Replies;

namespace ChatOps.Bots.Console;

/// <summary>Replies as plain text lines, for `chatops exec` and anything that is not a terminal.</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply) => reply switch
    {
        TextReply text => text.Text,
        CodeBlockReply code => code.Code,
        ProgressReply progress => progress.Step is { } step && progress.TotalSteps is { } total
            ? $"[{step}/{total}] {progress.Activity}: {progress.Message}"
            : $"[..] {progress.Activity}: {progress.Message}",
        ErrorReply error => RenderError(error),
        TableReply table => RenderTable(table),
        CardReply card => card.Title + "\n" + string.Join("\n", card.Fields.Select(f => $"  {f.Label}: {f.Value}")),
        _ => reply.ToString() ?? "",
    };

    private static string RenderError(ErrorReply error)
    {
        var text = new StringBuilder("error: ").Append(error.Message);
        if (error.Input is not null && error.Column is { } column && error.Input.Length <= 200)
        {
            text.Append('\n').Append("  ").Append(error.Input);
            text.Append('\n').Append("  ").Append(new string(' ', Math.Max(0, column - 1))).Append('^');
        }
        if (error.Usage is not null) text.Append("\nusage: ").Append(error.Usage);
        if (error.Detail is not null) text.Append('\n').Append(error.Detail);
        return text.ToString();
    }

    private static string RenderTable(TableReply table)
    {
        var widths = table.Columns.Select((c, i) => Math.Max(c.Length, table.Rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder();
        if (table.Title is not null) text.AppendLine(table.Title);
        text.AppendLine(Line(table.Columns.Select(c => c.ToUpperInvariant()).ToList(), widths));
        foreach (var row in table.Rows) text.AppendLine(Line(row, widths));
        return text.ToString().TrimEnd('\n', '\r');
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd();
}
