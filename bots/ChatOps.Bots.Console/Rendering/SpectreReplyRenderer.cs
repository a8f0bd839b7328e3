using ChatOps.Replies;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// One reply as Spectre.Console widgets: tables as tables, cards as panels, errors in red with a caret under the
/// column. Reply text is always a Text (never markup), so brackets in it are shown as typed.
/// </summary>
internal sealed class SpectreReplyRenderer(IAnsiConsole console)
{
    private static readonly Style ErrorStyle = new(Color.Red);
    private static readonly Style DimStyle = new(Color.Grey);

    public void Render(Reply reply)
    {
        switch (reply)
        {
            case TextReply text:
                console.Write(new Text(TerminalText.Clean(text.Text)));
                console.WriteLine();
                break;
            case CodeBlockReply code:
                // Verbatim: no border, so it can be copied as is.
                console.Write(new Text(TerminalText.Clean(code.Code.TrimEnd('\n', '\r'))));
                console.WriteLine();
                break;
            case TableReply table:
                console.Write(Table(table));
                break;
            case CardReply card:
                console.Write(Card(card));
                break;
            case ErrorReply error:
                RenderError(error);
                break;
            case ProgressReply progress:
                // Outside a progress display (see ProgressBoard) a progress reply is one dim line.
                console.Write(new Text(PlainTextRenderer.Render(progress), DimStyle));
                console.WriteLine();
                break;
            default:
                console.Write(new Text(PlainTextRenderer.Render(reply)));
                console.WriteLine();
                break;
        }
    }

    private static Table Table(TableReply reply)
    {
        var table = new Table().RoundedBorder();
        if (reply.Title is not null) table.Title(new TableTitle(TerminalText.Clean(reply.Title), new Style(decoration: Decoration.Bold)));
        foreach (var column in reply.Columns) table.AddColumn(new TableColumn(new Text(TerminalText.CleanLine(column), new Style(decoration: Decoration.Bold))));
        foreach (var row in reply.Rows)
            table.AddRow(reply.Columns.Select((_, i) => (IRenderable)new Text(TerminalText.CleanLine(i < row.Count ? row[i] : ""))).ToArray());
        if (reply.Rows.Count == 0) table.Caption(new TableTitle("(none)", DimStyle));
        return table;
    }

    private Panel Card(CardReply card)
    {
        var title = TerminalText.CleanLine(card.Title);
        var labels = card.Fields.Select(f => TerminalText.CleanLine(f.Label)).ToList();
        var values = card.Fields.Select(f => TerminalText.Clean(f.Value)).ToList();
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        for (var i = 0; i < labels.Count; i++)
            grid.AddRow(new Text(labels[i], new Style(decoration: Decoration.Bold)), new Text(values[i]));

        // A panel is as wide as its content and cuts a longer header; the title (an image name) must show whole.
        var content = labels.Select(l => l.Length).DefaultIfEmpty(0).Max() + 2
            + values.SelectMany(v => v.Split('\n')).Select(v => v.Length).DefaultIfEmpty(0).Max();
        return new Panel(grid)
        {
            Header = new PanelHeader(Markup.Escape(title)),
            Width = Math.Min(console.Profile.Width, Math.Max(title.Length + 6, content + 4)),
        }.RoundedBorder();
    }

    private void RenderError(ErrorReply error)
    {
        console.Write(new Text("error: " + TerminalText.Clean(error.Message), new Style(Color.Red, decoration: Decoration.Bold)));
        console.WriteLine();
        if (error.Input is not null && error.Column is { } column)
        {
            var snippet = ErrorSnippet.Of(error.Input, column, console.Profile.Width - 2);
            console.Write(new Text("  " + snippet.Text));
            console.WriteLine();
            console.Write(new Text("  " + snippet.CaretLine, ErrorStyle));
            console.WriteLine();
        }
        if (error.Usage is not null)
        {
            console.Write(new Text("usage: " + TerminalText.Clean(error.Usage), DimStyle));
            console.WriteLine();
        }
        if (error.Detail is not null)
        {
            console.Write(new Text(TerminalText.Clean(error.Detail.TrimEnd('\n', '\r')), DimStyle));
            console.WriteLine();
        }
    }
}
