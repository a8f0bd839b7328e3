using ChatOps.Bots.Console.Rendering;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Rendering;

public sealed class SpectreReplyRendererTests
{
    [Fact]
    public void A_table_is_drawn_with_its_title_headings_and_cells()
    {
        var console = new RecordingConsole();

        new SpectreReplyRenderer(console.Console).Render(new TableReply("Images", ["repository", "tag"], [["demisto/python3-deb", "3.11.2.1"]]));

        var lines = console.Text.Split('\n');
        Assert.Contains(lines, l => l.Trim() == "Images");
        Assert.Contains(lines, l => l.Contains("repository") && l.Contains("tag") && l.Contains('│'));
        Assert.Contains(lines, l => l.Contains("demisto/python3-deb") && l.Contains("3.11.2.1"));
        Assert.Contains(lines, l => l.TrimStart().StartsWith('╭'));
    }

    [Fact]
    public void Brackets_in_a_table_title_cells_and_card_title_are_shown_as_typed()
    {
        var console = new RecordingConsole();
        var renderer = new SpectreReplyRenderer(console.Console);

        renderer.Render(new TableReply("/docker_images [name=<part of a name>]\nLists", ["[b]"], [["[red]x"]]));
        renderer.Render(new CardReply("[image]", [new CardField("[k]", "[v]")]));

        Assert.Contains("/docker_images [name=<part of a name>]", console.Text);
        Assert.Contains("[b]", console.Text);
        Assert.Contains("[red]x", console.Text);
        Assert.Contains("[image]", console.Text);
        Assert.Contains("[v]", console.Text);
    }

    [Fact]
    public void An_empty_table_says_so()
    {
        var console = new RecordingConsole();

        new SpectreReplyRenderer(console.Console).Render(new TableReply(null, ["repository"], []));

        Assert.Contains("(none)", console.Text);
    }

    [Fact]
    public void Brackets_in_reply_text_are_shown_as_typed_not_read_as_markup()
    {
        var console = new RecordingConsole();

        new SpectreReplyRenderer(console.Console).Render(new TextReply("[red]not red[/] [bold"));

        Assert.Equal("[red]not red[/] [bold\n", console.Text);
    }

    [Fact]
    public void An_error_is_red_with_the_line_and_a_caret_under_the_column()
    {
        var console = new RecordingConsole(ansi: true);

        new SpectreReplyRenderer(console.Console).Render(new ErrorReply("unknown key 'nme'", "/docker_images [name=NAME]", 16, "/docker_images nme=x", "valid keys: name"));

        Assert.Matches("\u001b\\[1;(31|91)merror: unknown key 'nme'", console.Output);
        var lines = console.Text.Split('\n');
        Assert.Equal("  /docker_images nme=x", lines[1]);
        Assert.Equal("  " + new string(' ', 15) + "^", lines[2]);
        Assert.Equal('n', lines[1][lines[2].IndexOf('^')]);
        Assert.Equal("usage: /docker_images [name=NAME]", lines[3]);
        Assert.Equal("valid keys: name", lines[4]);
    }

    [Fact]
    public void A_card_is_a_panel_with_its_title_and_labelled_values()
    {
        var console = new RecordingConsole();

        new SpectreReplyRenderer(console.Console).Render(new CardReply("demisto/x:1.0.0.1", [new CardField("size", "120 MB")]));

        var lines = console.Text.Split('\n');
        Assert.Contains("demisto/x:1.0.0.1", lines[0]);
        Assert.Contains(lines, l => l.Contains("size") && l.Contains("120 MB") && l.Contains('│'));
    }

    [Fact]
    public void Code_keeps_its_lines_and_indentation()
    {
        var console = new RecordingConsole();

        new SpectreReplyRenderer(console.Console).Render(new CodeBlockReply("json", "{\n    \"a\": [1, 2]\n}\n"));

        Assert.Equal("{\n    \"a\": [1, 2]\n}\n", console.Text);
    }

    [Fact]
    public void Escape_sequences_in_replies_do_not_reach_the_terminal()
    {
        var console = new RecordingConsole(ansi: true);

        new SpectreReplyRenderer(console.Console).Render(new TextReply("\u001b]0;pwned\u0007"));

        Assert.DoesNotContain("\u001b]", console.Output);
        Assert.Contains("\u241b]0;pwned\u2407", console.Output);
    }

    [Fact]
    public void An_entry_is_drawn_as_its_display_replies_are_drawn_alone()
    {
        Reply[] display = [new MarkdownReply("## Hello [x]"), new TableReply("T", ["a"], [["1"]]), new ErrorReply("bad")];
        var entry = new RecordingConsole(ansi: true);
        var alone = new RecordingConsole(ansi: true);

        new SpectreReplyRenderer(entry.Console).Render(Entries.Showing(display));
        foreach (var reply in display) new SpectreReplyRenderer(alone.Console).Render(reply);

        Assert.Equal(alone.Output, entry.Output);
    }

    [Fact]
    public void Markdown_headings_and_bold_are_bold_without_their_markup()
    {
        var console = new RecordingConsole(ansi: true);

        new SpectreReplyRenderer(console.Console).Render(new MarkdownReply("## Hello [Dbot]\n- a **b**"));

        Assert.Equal("Hello [Dbot]\n- a b\n", console.Text);
        Assert.Contains("\u001b[1mHello [Dbot]\u001b[0m", console.Output);
        Assert.Contains("\u001b[1mb\u001b[0m", console.Output);
    }
}
