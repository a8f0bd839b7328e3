using System.Text;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Tests.Text;

public class ChatCommandTextTests
{
    [Theory]
    [InlineData("requests>=2", "\"requests&gt;=2\"")]
    [InlineData("example_name", "example_name")]
    [InlineData("demisto/python3-deb:3.11.2.1", "demisto/python3-deb:3.11.2.1")]
    [InlineData("hello world", "\"hello world\"")]
    [InlineData("", "\"\"")]
    [InlineData("say \"hi\"\n", "\"say \\\"hi\\\"\\n\"")]
    [InlineData("'x", "\"'x\"")]
    public void Values_are_bare_when_plain_and_quoted_otherwise(string value, string written)
    {
        Assert.Equal(written, ChatCommandText.Value(value));
    }

    [Fact]
    public void A_written_line_parses_back_to_its_values()
    {
        var line = ChatCommandText.Line("/docker_image_create", [new("name", "x"), new("dependencies", "requests>=2,<3"), new("base", "demisto/python3:3.11")]);

        var create = Parsing.Command<CreateImageCommand>(line);

        Assert.Equal([new PythonRequirement("requests", [], ">=2,<3")], create.Dependencies);
        Assert.Equal(new ImageReference("demisto/python3", "3.11"), create.Base);
    }

    [Fact]
    public void Random_values_survive_the_round_trip()
    {
        const string alphabet = "aZ09 ._-/:,+~*=!@[]\"'\\\n&<>;$`|(){}#%^?é🚀\u201C\u2018";
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var value = new StringBuilder();
            for (var n = random.Next(0, 10); n > 0; n--) value.Append(alphabet[random.Next(alphabet.Length)]);
            // Keep surrogate pairs whole: the alphabet's emoji is two chars.
            var text = value.ToString().Replace("\uD83D", "").Replace("\uDE80", "");

            var run = Parsing.Command<RunScriptCommand>(ChatCommandText.Line("!Print", [new("value", text)]));

            Assert.Equal(text.Replace('\u201C', '"').Replace('\u2018', '\''), run.Arguments.Single().Value);
        }
    }
}
