using ChatOps.Bots.Console;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Rendering;

public sealed class PlainTextRendererTests
{
    [Fact]
    public void An_error_shows_the_line_a_caret_under_the_column_the_usage_and_the_detail()
    {
        var error = new ErrorReply("image names are lower case: found 'B'", "/docker_image_create name=NAME", 27, "/docker_image_create name=Bad", "see help");

        var lines = PlainTextRenderer.Render(error).Split('\n');

        Assert.Equal(
        [
            "error: image names are lower case: found 'B'",
            "  /docker_image_create name=Bad",
            "  " + new string(' ', 26) + "^",
            "usage: /docker_image_create name=NAME",
            "see help",
        ], lines);
    }

    [Fact]
    public void An_error_on_a_huge_line_still_gets_a_caret_under_the_right_character()
    {
        var input = new string('a', 99_999) + "\0";

        var lines = PlainTextRenderer.Render(new ErrorReply("NUL is not allowed", Column: 100_000, Input: input)).Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.True(lines[1].Length <= 122);
        Assert.Equal('\u2400', lines[1][lines[2].IndexOf('^')]);
    }

    [Fact]
    public void A_table_lines_its_columns_up_under_upper_case_headings()
    {
        var table = new TableReply("Images", ["repository", "tag"], [["demisto/python3-deb", "3.11.2.1"], ["demisto/x", "1.0.0.1"]]);

        Assert.Equal(
            "Images\nREPOSITORY           TAG\ndemisto/python3-deb  3.11.2.1\ndemisto/x            1.0.0.1",
            PlainTextRenderer.Render(table));
    }

    [Fact]
    public void A_table_row_short_of_cells_renders_with_empty_cells_and_newlines_in_cells_stay_on_one_row()
    {
        var table = new TableReply(null, ["a", "b"], [["x"], ["1\n2", "y"]]);

        Assert.Equal("A    B\nx\n1␊2  y", PlainTextRenderer.Render(table));
    }

    [Fact]
    public void A_card_lists_its_fields_under_its_title()
    {
        var card = new CardReply("demisto/x:1.0.0.1", [new CardField("size", "120 MB"), new CardField("python", "3.11")]);

        Assert.Equal("demisto/x:1.0.0.1\n  size: 120 MB\n  python: 3.11", PlainTextRenderer.Render(card));
    }

    [Fact]
    public void Progress_shows_its_step_when_known()
    {
        Assert.Equal("[2/5] build demisto/x: pip install", PlainTextRenderer.Render(new ProgressReply("build demisto/x", "pip install", 2, 5)));
        Assert.Equal("[..] pull: layer 3", PlainTextRenderer.Render(new ProgressReply("pull", "layer 3")));
    }

    [Fact]
    public void Code_is_verbatim_except_for_control_characters()
    {
        Assert.Equal("{\n  \"a\": 1\n}\n\u241b[31m", PlainTextRenderer.Render(new CodeBlockReply("json", "{\n  \"a\": 1\n}\n\u001b[31m")));
    }

    [Fact]
    public void Markdown_is_shown_without_its_markup_and_links_keep_their_address()
    {
        Assert.Equal("Hello Dbot\nSome bold and code, see docs (https://d.test)\n- one\n  - two",
            PlainTextRenderer.Render(new MarkdownReply("## Hello Dbot\nSome **bold** and `code`, see [docs](https://d.test)\n- one\n  * two")));
    }

    [Fact]
    public void An_entry_is_rendered_as_its_display_replies_one_after_the_other()
    {
        Reply[] display = [new MarkdownReply("### T"), new TableReply(null, ["a"], [["1"]]), new ErrorReply("bad")];

        Assert.Equal(string.Join("\n", display.Select(PlainTextRenderer.Render)), PlainTextRenderer.Render(Entries.Showing(display)));
        Assert.Equal("T\nA\n1\nerror: bad", PlainTextRenderer.Render(Entries.Showing(display)));
    }
}
