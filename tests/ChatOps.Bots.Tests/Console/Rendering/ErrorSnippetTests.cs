using ChatOps.Bots.Console.Rendering;

namespace ChatOps.Bots.Tests.Console.Rendering;

public sealed class ErrorSnippetTests
{
    [Fact]
    public void A_short_line_is_shown_whole_with_the_caret_under_the_column()
    {
        var snippet = ErrorSnippet.Of("/docker_image_create name=Bad", 27, 80);

        Assert.Equal("/docker_image_create name=Bad", snippet.Text);
        Assert.Equal('B', snippet.Text[snippet.CaretOffset]);
        Assert.Equal(new string(' ', 26) + "^", snippet.CaretLine);
    }

    [Fact]
    public void A_column_past_the_end_puts_the_caret_after_the_last_character()
    {
        var snippet = ErrorSnippet.Of("name=\"open", 11, 80);

        Assert.Equal(10, snippet.CaretOffset);
    }

    [Fact]
    public void A_column_outside_the_line_is_held_to_its_ends()
    {
        Assert.Equal(0, ErrorSnippet.Of("abc", 0, 80).CaretOffset);
        Assert.Equal(3, ErrorSnippet.Of("abc", 99, 80).CaretOffset);
    }

    [Fact]
    public void A_huge_line_is_cut_to_a_window_around_the_column_with_marks_where_it_was_cut()
    {
        var input = new string('a', 50_000) + "X" + new string('b', 49_999);

        var snippet = ErrorSnippet.Of(input, 50_001, 60);

        Assert.True(snippet.Text.Length <= 60, snippet.Text);
        Assert.StartsWith("…", snippet.Text);
        Assert.EndsWith("…", snippet.Text);
        Assert.Equal('X', snippet.Text[snippet.CaretOffset]);
    }

    [Fact]
    public void The_window_at_the_end_of_a_long_line_leaves_room_for_a_caret_past_it()
    {
        var input = new string('a', 500);

        var snippet = ErrorSnippet.Of(input, 501, 40);

        Assert.StartsWith("…", snippet.Text);
        Assert.False(snippet.Text.EndsWith('…'));
        Assert.Equal(snippet.Text.Length, snippet.CaretOffset);
        Assert.True(snippet.CaretOffset < 40);
    }

    [Fact]
    public void Control_characters_in_the_line_keep_the_caret_aligned()
    {
        var snippet = ErrorSnippet.Of("a\0\u001bX", 4, 80);

        Assert.Equal("a\u2400\u241bX", snippet.Text);
        Assert.Equal('X', snippet.Text[snippet.CaretOffset]);
    }
}
