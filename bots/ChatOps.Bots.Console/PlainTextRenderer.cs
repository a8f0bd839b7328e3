using System.Text;
using ChatOps.Bots.Console.Rendering;
using ChatOps.Replies;

namespace ChatOps.Bots.Console;

/// <summary>
/// Replies as plain text lines, for `chatops exec`, piped REPL input and anything that is not a terminal.
/// No colour and no escape sequences; control characters in reply text are shown, not obeyed.
/// </summary>
public static class PlainTextRenderer
{
    /// <summary>Width of the error snippet above the caret; a pipe has no width, so a fixed one.</summary>
    private const int SnippetWidth = 120;

    private const string ColumnGap = "  ";

    public static string Render(Reply reply) => RenderWithin(reply, null);

    /// <param name="width">The terminal's width, to fit tables to; null for a pipe, where nothing is cut.</param>
    public static string RenderWithin(Reply reply, int? width) => reply switch
    {
        TextReply text => TerminalText.Clean(text.Text),
        CodeBlockReply code => TerminalText.Clean(code.Code),
        ProgressReply progress => RenderProgress(progress),
        ErrorReply error => RenderError(error),
        TableReply table => RenderTable(table, width),
        CardReply card => RenderCard(card),
        MarkdownReply markdown => TerminalText.Clean(PlainMarkdown.Render(markdown.Markdown)),
        EntryReply entry => string.Join('\n', entry.Display.Select(shown => RenderWithin(shown, width))),
        // The bot kept the file already; on this machine its path is the way to it.
        FileReply file => TerminalText.CleanLine($"file {file.Name} ({file.SizeText}) saved to {file.Path}"),
        _ => TerminalText.Clean(reply.ToString() ?? ""),
    };

    private static string RenderProgress(ProgressReply progress)
    {
        var step = progress.Step is { } n && progress.TotalSteps is { } total ? $"[{n}/{total}]" : "[..]";
        return TerminalText.CleanLine($"{step} {progress.Activity}: {ProgressText.Of(progress)}");
    }

    private static string RenderError(ErrorReply error)
    {
        var text = new StringBuilder("error: ").Append(TerminalText.Clean(error.Message));
        if (error.Input is not null && error.Column is { } column)
        {
            var snippet = ErrorSnippet.Of(error.Input, column, SnippetWidth);
            text.Append("\n  ").Append(snippet.Text);
            text.Append("\n  ").Append(snippet.CaretLine);
        }
        if (error.Usage is not null) text.Append("\nusage: ").Append(TerminalText.Clean(error.Usage));
        if (error.Detail is not null) text.Append('\n').Append(TerminalText.Clean(error.Detail));
        return text.ToString();
    }

    private static string RenderCard(CardReply card) =>
        TerminalText.CleanLine(card.Title) + string.Concat(card.Fields.Select(f => $"\n  {TerminalText.CleanLine(f.Label)}: {TerminalText.CleanLine(f.Value)}"));

    private static string RenderTable(TableReply table, int? width)
    {
        var columns = table.Columns.Select(c => TerminalText.CleanLine(c).ToUpperInvariant()).ToList();
        // A row with a missing cell is a handler bug; it still renders (empty cell) rather than failing the command.
        var rows = table.Rows.Select(r => columns.Select((_, i) => TerminalText.CleanLine(i < r.Count ? r[i] : "")).ToList()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        if (width is { } terminal)
        {
            widths = ColumnFit.Widths(widths, terminal - ColumnGap.Length * (columns.Count - 1));
            columns = columns.Select((c, i) => ColumnFit.Cut(c, widths[i])).ToList();
            rows = rows.Select(r => r.Select((c, i) => ColumnFit.Cut(c, widths[i])).ToList()).ToList();
        }
        var text = new StringBuilder();
        if (table.Title is not null) text.AppendLine(TerminalText.Clean(table.Title));
        text.AppendLine(Line(columns, widths));
        foreach (var row in rows) text.AppendLine(Line(row, widths));
        return text.ToString().TrimEnd('\n', '\r');
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join(ColumnGap, cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd();
}
