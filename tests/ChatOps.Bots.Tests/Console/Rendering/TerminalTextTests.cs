using ChatOps.Bots.Console.Rendering;

namespace ChatOps.Bots.Tests.Console.Rendering;

public sealed class TerminalTextTests
{
    [Fact]
    public void Escape_sequences_are_shown_not_obeyed()
    {
        Assert.Equal("\u241b[2Jgone?", TerminalText.Clean("\u001b[2Jgone?"));
    }

    [Fact]
    public void Nul_and_other_control_characters_become_control_pictures()
    {
        Assert.Equal("a\u2400b\u2407c\u2421", TerminalText.Clean("a\0b\ac\u007f"));
    }

    [Fact]
    public void Newlines_and_tabs_stay_and_windows_line_ends_become_newlines()
    {
        Assert.Equal("a\n\tb\nc", TerminalText.Clean("a\r\n\tb\nc"));
    }

    [Fact]
    public void Bidirectional_overrides_are_replaced()
    {
        Assert.Equal("ab\uFFFDc", TerminalText.Clean("ab\u202Ec"));
    }

    [Fact]
    public void A_one_line_context_shows_newlines_and_tabs_too_keeping_one_character_per_column()
    {
        var clean = TerminalText.CleanLine("a\nb\tc");

        Assert.Equal("a\u240ab\u2409c", clean);
        Assert.Equal(5, clean.Length);
    }
}
