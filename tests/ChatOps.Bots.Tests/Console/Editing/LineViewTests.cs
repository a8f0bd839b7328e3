using ChatOps.Bots.Console.Editing;

namespace ChatOps.Bots.Tests.Console.Editing;

public sealed class LineViewTests
{
    [Fact]
    public void A_line_that_fits_is_shown_whole_with_the_cursor_after_the_prompt()
    {
        var view = LineView.Of(4, 2, promptWidth: 9, width: 80);

        Assert.Equal("help", view.Visible("help"));
        Assert.Equal(11, view.CursorColumn);
    }

    [Fact]
    public void A_long_line_scrolls_so_the_cursor_stays_on_the_row()
    {
        var text = new string('a', 50) + new string('b', 50);

        var view = LineView.Of(text.Length, text.Length, promptWidth: 9, width: 40);

        // 30 columns after the prompt: 29 characters and the cell the cursor sits in after the last one.
        Assert.Equal(new string('b', 29), view.Visible(text));
        Assert.Equal(38, view.CursorColumn);
    }

    [Fact]
    public void Going_home_on_a_long_line_shows_its_start()
    {
        var text = new string('a', 50) + new string('b', 50);

        var view = LineView.Of(text.Length, 0, promptWidth: 9, width: 40);

        Assert.Equal(new string('a', 30), view.Visible(text));
        Assert.Equal(9, view.CursorColumn);
    }

    [Fact]
    public void A_cursor_in_the_middle_of_a_long_line_is_inside_the_visible_part()
    {
        var text = string.Concat(Enumerable.Range(0, 1000).Select(i => (char)('a' + i % 26)));

        var view = LineView.Of(text.Length, 500, promptWidth: 9, width: 40);

        Assert.InRange(500, view.Start, view.Start + view.Length - 1);
        Assert.Equal(text[500], view.Visible(text)[view.CursorColumn - 9]);
    }
}
