using System.Text;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

/// <summary>Lines that are not text a person typed on one line: each gets a clear error, nothing throws.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t \t")]
    public void An_empty_line_hints_at_help(string line)
    {
        var error = Parsing.AssertError(line, "empty command; type help to see the commands", 1);

        Assert.Null(error.Usage);
    }

    [Fact]
    public void A_null_line_is_an_empty_line()
    {
        Assert.False(CommandParser.TryParse(null!, out _, out var error));
        Assert.Equal("empty command; type help to see the commands", error.Message);
    }

    [Fact]
    public void A_line_of_100000_characters_is_refused_with_its_length()
    {
        Parsing.AssertError("!Print value=" + new string('x', 100_000 - 13), "line is 100000 characters long; the limit is 10000", 10_001);
    }

    [Fact]
    public void A_line_of_exactly_10000_characters_is_accepted()
    {
        var line = "!Print value=" + new string('x', 10_000 - 13);

        Assert.Equal(10_000 - 13, Parsing.Command<RunScriptCommand>(line).Arguments.Single().Value.Length);
    }

    [Theory]
    [InlineData("/docker_images\0", 15, "U+0000 (NUL)")]
    [InlineData("/docker_images name=a\nb", 22, "U+000A (line feed)")]
    [InlineData("/docker_images\r", 15, "U+000D (carriage return)")]
    [InlineData("/docker\u001B[31m_images", 8, "U+001B (escape)")]
    [InlineData("/docker_images\u0007", 15, "U+0007")]
    [InlineData("/docker_images\u007F", 15, "U+007F (delete)")]
    [InlineData("/docker_images\u0085", 15, "U+0085")]
    public void Control_characters_are_refused_at_their_column(string line, int column, string named)
    {
        Parsing.AssertError(line, $"control character {named} is not allowed; a command is one line of text", column);
    }

    [Fact]
    public void Tabs_count_as_spaces()
    {
        var list = Parsing.Command<ListImagesCommand>("/docker_images\tname=python3\t");

        Assert.Equal("python3", list.NameFilter);
        Assert.Equal("/docker_images Bad", Parsing.Error("/docker_images\tBad").Input);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_as_such()
    {
        // What a host's UTF-8 decoder makes of the byte 0xFF in "exec" arguments.
        var line = Encoding.UTF8.GetString([.. "/docker_images name="u8, 0xFF, (byte)'x']);

        Parsing.AssertError(line, "the line is not valid UTF-8 (U+FFFD marks bytes that could not be decoded)", 21);
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused()
    {
        Parsing.AssertError("!Print value=\uD800x", "the line is not valid UTF-8 (unpaired surrogate U+D800)", 14);
    }

    [Fact]
    public void A_paired_surrogate_emoji_is_fine_in_a_script_value()
    {
        Assert.Equal("🚀 go", Parsing.Command<RunScriptCommand>("!Print value=\"🚀 go\"").Arguments.Single().Value);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    public void Invisible_formatting_characters_are_refused(string invisible)
    {
        Parsing.AssertError($"/docker_images name=a{invisible}b", $"invisible formatting character U+{(int)invisible[0]:X4} is not allowed", 22);
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Unicode_line_separators_are_refused(string separator)
    {
        Parsing.AssertError($"!Print value=\"a{separator}b\"", $"line separator U+{(int)separator[0]:X4} is not allowed; a command is one line of text", 16);
    }
}
