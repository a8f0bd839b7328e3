using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class HelpCommandTests
{
    [Theory]
    [InlineData("help", null)]
    [InlineData("help /docker_image_create", "/docker_image_create")]
    [InlineData("help /content_update_images", "/content_update_images")]
    [InlineData("help /integration_test", "/integration_test")]
    [InlineData("help !Print", "!Print")]
    [InlineData("help help", "help")]
    public void Help_takes_an_optional_command_or_script(string line, string? topic)
    {
        Assert.Equal(new HelpCommand(topic), Parsing.Command<HelpCommand>(line));
    }

    [Fact]
    public void Help_for_an_unknown_command_suggests_the_nearest()
    {
        var error = Parsing.AssertError("help /docker_imags", "unknown command /docker_imags; did you mean /docker_images?", 6);

        Assert.Equal(Parsing.ListUsage, error.Usage);
    }

    [Fact]
    public void Help_with_two_topics_is_refused()
    {
        var error = Parsing.AssertError("help /docker_images /docker_image_create", "help takes one topic, e.g. help /docker_image_create; found \"/docker_image_create\" after it", 21);

        Assert.Equal("/help [/command | !ScriptName]", error.Usage);
    }

    [Fact]
    public void Help_with_an_argument_is_refused()
    {
        Parsing.AssertError("help topic=x", "help takes a command or a script, e.g. help /docker_image_create or help !Print; found \"topic=x\"", 6);
    }

    [Fact]
    public void Help_for_a_badly_named_script_is_refused()
    {
        Parsing.AssertError("help !9lives", "script name \"9lives\" is not valid: \"9\" cannot start it; a script name is a letter followed by letters, digits, '_' and '-'", 7);
    }
}
