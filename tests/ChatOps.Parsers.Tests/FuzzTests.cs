using System.Text;

namespace ChatOps.Parsers.Tests;

/// <summary>Random lines, biased towards the characters the grammar cares about: every one gets an answer, none throws.</summary>
public class FuzzTests
{
    const string Alphabet = "abcXYZ019 _-./:!=,\"'\\<>[]@;$`&|()~*+\t\n\0\u00E9\u0435\u201C\u201D\u2018\u2019\uFFFD\u202E";

    static readonly string[] Pieces =
    [
        "/docker_image_create", "/docker_image_update", "/docker_images", "/docker_image_info", "/docker_image_delete", "/docker_image_prune", "/docker_image_diff", "/docker_image_approve", "/docker_image_deny", "/docker_image_approvals", "/content_update_images", "/integration_test", "help", "!Print",
        " name=", " dependencies=", " packages=", " base=", " force=", " image=", " all=", " instance=", "&amp;", "&lt;", "<@U1|bob>",
        "<http://x|y>", "requests>=2", ",<3", "\"", "'", "\\", "\uD800", "\uDC00",
    ];

    [Fact]
    public void Random_lines_always_get_a_command_or_an_error()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 20_000; i++)
        {
            var line = RandomLine(random);
            var parsed = CommandParser.TryParse(line, out var command, out var error);

            if (parsed)
            {
                Assert.NotNull(command);
                Assert.Null(error);
            }
            else
            {
                Assert.Null(command);
                Assert.False(string.IsNullOrWhiteSpace(error!.Message), line);
                Assert.InRange(error.Column, 1, error.Input.Length + 1);
            }
        }
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("=")]
    [InlineData("a=")]
    [InlineData(",")]
    [InlineData("<@U1>")]
    [InlineData("\\")]
    public void A_100000_character_line_is_refused_quickly(string repeated)
    {
        var line = new StringBuilder().Insert(0, repeated, 100_000 / repeated.Length).ToString();

        Assert.False(CommandParser.TryParse(line, out _, out var error));
        Assert.Equal($"line is {line.Length} characters long; the limit is 10000", error.Message);
    }

    [Theory]
    [InlineData("a=")]
    [InlineData("\"a\" ")]
    [InlineData("x,")]
    [InlineData("=")]
    [InlineData("!")]
    public void Lines_just_under_the_limit_made_of_one_repeated_piece_get_an_answer(string repeated)
    {
        var line = "!Print " + new StringBuilder().Insert(0, repeated, 9_990 / repeated.Length);

        CommandParser.TryParse(line, out var command, out var error);

        Assert.True(command is not null ^ error is not null);
    }

    static string RandomLine(Random random)
    {
        var line = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            if (random.Next(3) == 0) line.Append(Pieces[random.Next(Pieces.Length)]);
            else line.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return line.ToString();
    }
}
