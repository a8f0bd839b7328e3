using ChatOps.Bots.Console;
using ChatOps.Bots.Console.Rendering;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.EndToEnd;

/// <summary>/docker_images from the real war room and engine, drawn at 80 columns: cut with "…", never wrapped.</summary>
public sealed class TablesFitTheTerminalTests : IDisposable
{
    private const int Width = 80;
    private readonly RealWarRoom _room = new();

    public void Dispose() => _room.Dispose();

    private async Task<TableReply> ListAsync()
    {
        var replies = new List<Reply>();
        await foreach (var reply in _room.WarRoom.HandleAsync(new ChatMessage("console", "tester", "console", "/docker_images"), CancellationToken.None))
            replies.Add(reply);
        return Assert.IsType<TableReply>(Assert.Single(replies, r => r is TableReply));
    }

    [Fact]
    public async Task The_console_table_is_at_most_80_columns_wide_with_one_line_per_image()
    {
        var table = await ListAsync();
        var console = new RecordingConsole(width: Width);

        new SpectreReplyRenderer(console.Console).Render(table);

        var lines = console.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length <= Width, $"{line.Length} columns: {line}"));
        // A wrapped cell would add a line: headings and one line per row, nothing more between the borders.
        Assert.Equal(table.Rows.Count + 1, lines.Count(line => line.StartsWith('│')));
        var repositories = lines.Where(line => line.StartsWith('│')).Skip(1).Select(line => line.Split('│')[1].Trim()).ToList();
        Assert.All(table.Rows.Zip(repositories), pair =>
            Assert.True(pair.Second == pair.First[0] || (pair.Second.EndsWith('…') && pair.First[0].StartsWith(pair.Second[..^1], StringComparison.Ordinal)),
                $"'{pair.Second}' is neither '{pair.First[0]}' nor its start and …"));
    }

    [Fact]
    public async Task The_plain_table_is_at_most_80_columns_wide_and_whole_when_piped()
    {
        var table = await ListAsync();

        var fitted = PlainTextRenderer.RenderWithin(table, Width).Split('\n');
        var piped = PlainTextRenderer.Render(table).Split('\n');

        Assert.All(fitted, line => Assert.True(line.Length <= Width, $"{line.Length} columns: {line}"));
        Assert.Equal(table.Rows.Count + 2, fitted.Length); // the title, the headings, one line per image
        Assert.All(table.Rows, row => Assert.Contains(piped, line => line.StartsWith(row[0] + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_title_counts_images_in_english_and_times_say_their_zone()
    {
        var table = await ListAsync();

        Assert.Equal(table.Rows.Count == 1 ? "1 image" : $"{table.Rows.Count} images", table.Title);
        var created = table.Columns.ToList().IndexOf("created");
        Assert.All(table.Rows, row => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$", row[created]));
    }
}
