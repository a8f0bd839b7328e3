using ChatOps.Replies;
using ChatOps.Replies.Markdown;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// One reply as Spectre.Console widgets: tables as tables, cards as panels, errors in red with a caret under the
/// column. Reply text is always a Text (never markup), so brackets in it are shown as typed. Each reply is one
/// write that ends its last line.
/// </summary>
internal sealed class SpectreReplyRenderer(IAnsiConsole console)
{
    private static readonly Style ErrorStyle = new(Color.Red);
    private static readonly Style ErrorTitleStyle = new(Color.Red, decoration: Decoration.Bold);
    private static readonly Style DimStyle = new(Color.Grey);
    private static readonly Style BoldStyle = new(decoration: Decoration.Bold);
    private static readonly Style ItalicStyle = new(decoration: Decoration.Italic);

    /// <param name="eraseBelow">True while a live progress display is on screen (see <see cref="ErasedBelow"/>).</param>
    public void Render(Reply reply, bool eraseBelow = false)
    {
        // An entry is drawn as its display replies, each exactly as it is drawn on its own.
        foreach (var shown in ReplyDisplay.Of(reply))
        {
            var renderable = ToRenderable(shown);
            console.Write(eraseBelow ? new ErasedBelow(renderable) : renderable);
        }
    }

    private IRenderable ToRenderable(Reply reply) => reply switch
    {
        TextReply text => Line(TerminalText.Clean(text.Text)),
        // Verbatim: no border, so it can be copied as is.
        CodeBlockReply code => Line(TerminalText.Clean(code.Code.TrimEnd('\n', '\r'))),
        TableReply table => Table(table, console.Profile.Width),
        CardReply card => Card(card),
        ErrorReply error => Error(error),
        MarkdownReply markdown => Markdown(markdown),
        // Outside a progress display (see ProgressBoard) a progress reply is one dim line.
        ProgressReply progress => Line(PlainTextRenderer.Render(progress), DimStyle),
        _ => Line(PlainTextRenderer.Render(reply)),
    };

    private static Text Line(string text, Style? style = null) => new(text + "\n", style);

    private static IRenderable Table(TableReply reply, int width)
    {
        var headings = reply.Columns.Select(TerminalText.CleanLine).ToList();
        var rows = reply.Rows.Select(row => headings.Select((_, i) => TerminalText.CleanLine(i < row.Count ? row[i] : "")).ToList()).ToList();
        // Spectre wraps a cell that does not fit, inside words; cut to widths that fit instead. A rounded table
        // takes one border per column and one more, and a space either side of every cell.
        var widths = ColumnFit.Widths(
            headings.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToList(),
            width - (3 * headings.Count + 1));
        var table = new Table().RoundedBorder();
        for (var i = 0; i < headings.Count; i++)
            table.AddColumn(new TableColumn(new Text(ColumnFit.Cut(headings[i], widths[i]), BoldStyle)) { Width = widths[i], NoWrap = true });
        foreach (var row in rows)
            table.AddRow(row.Select((cell, i) => (IRenderable)new Text(ColumnFit.Cut(cell, widths[i]))).ToArray());
        if (reply.Rows.Count == 0) table.Caption(new TableTitle("(none)", DimStyle));
        // The title goes above the table rather than in it: a table title is cut to the table's width (help puts
        // a whole usage line there).
        return reply.Title is null ? table : new Rows(new Text(TerminalText.Clean(reply.Title), BoldStyle), table);
    }

    private Panel Card(CardReply card)
    {
        var title = TerminalText.CleanLine(card.Title);
        var labels = card.Fields.Select(f => TerminalText.CleanLine(f.Label)).ToList();
        var values = card.Fields.Select(f => TerminalText.Clean(f.Value)).ToList();
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        for (var i = 0; i < labels.Count; i++) grid.AddRow(new Text(labels[i], BoldStyle), new Text(values[i]));

        // A panel is as wide as its content and cuts a longer header; the title (an image name) must show whole.
        var content = labels.Select(l => l.Length).DefaultIfEmpty(0).Max() + 2
            + values.SelectMany(v => v.Split('\n')).Select(v => v.Length).DefaultIfEmpty(0).Max();
        return new Panel(grid)
        {
            Header = new PanelHeader(Markup.Escape(title)),
            Width = Math.Min(console.Profile.Width, Math.Max(title.Length + 6, content + 4)),
        }.RoundedBorder();
    }

    /// <summary>Headings and bold in bold, italic in italic, bullets and links as plain text shows them (<see cref="PlainMarkdown"/>).</summary>
    private static Paragraph Markdown(MarkdownReply reply)
    {
        var text = new Paragraph();
        foreach (var line in MarkdownDocument.Parse(reply.Markdown))
        {
            if (line.Kind == MarkdownLineKind.Bullet) text.Append(new string(' ', 2 * line.Level) + "- ");
            foreach (var span in line.Spans)
                text.Append(TerminalText.Clean(span.Plain), line.Kind == MarkdownLineKind.Heading ? BoldStyle : SpanStyle(span.Kind));
            text.Append("\n");
        }
        return text;
    }

    private static Style SpanStyle(MarkdownSpanKind kind) => kind switch
    {
        MarkdownSpanKind.Bold => BoldStyle,
        MarkdownSpanKind.Italic => ItalicStyle,
        MarkdownSpanKind.Code => DimStyle,
        _ => Style.Plain,
    };

    private Paragraph Error(ErrorReply error)
    {
        var text = new Paragraph().Append("error: " + TerminalText.Clean(error.Message) + "\n", ErrorTitleStyle);
        if (error.Input is not null && error.Column is { } column)
        {
            var snippet = ErrorSnippet.Of(error.Input, column, console.Profile.Width - 3);
            text.Append("  " + snippet.Text + "\n").Append("  " + snippet.CaretLine + "\n", ErrorStyle);
        }
        if (error.Usage is not null) text.Append("usage: " + TerminalText.Clean(error.Usage) + "\n", DimStyle);
        if (error.Detail is not null) text.Append(TerminalText.Clean(error.Detail.TrimEnd('\n', '\r')) + "\n", DimStyle);
        return text;
    }
}
