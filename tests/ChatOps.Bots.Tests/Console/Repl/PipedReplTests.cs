using ChatOps.Bots.Console.Repl;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Repl;

public sealed class PipedReplTests
{
    private readonly FakeWarRoom _warRoom = new();
    private readonly StringWriter _output = new();

    private Task<int> Run(string input, CancellationToken cancellationToken = default) =>
        new PipedRepl(_warRoom, new StringReader(input), _output, "alice").RunAsync(cancellationToken);

    [Fact]
    public async Task Each_line_goes_to_the_war_room_from_the_console_and_its_replies_print_as_plain_text()
    {
        var status = await Run("/docker_images\nhelp\n");

        Assert.Equal(0, status);
        Assert.Equal(
            [new ChatMessage("console", "alice", "console", "/docker_images"), new ChatMessage("console", "alice", "console", "help")],
            _warRoom.Messages);
        Assert.Equal("ok: /docker_images\nok: help\n", _output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Exit_stops_reading_and_blank_and_comment_lines_are_skipped()
    {
        await Run("\n# a comment\n  help  \nquit\n/docker_images\n");

        Assert.Equal(["help"], _warRoom.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task A_failed_command_does_not_stop_the_rest_but_the_status_says_one_failed()
    {
        _warRoom.Respond = (m, _) => m.Text == "bad" ? FakeWarRoom.Throwing(new InvalidOperationException("boom")) : FakeWarRoom.Replies(new TextReply("fine"));

        var status = await Run("bad\ngood\n");

        Assert.Equal(1, status);
        Assert.Equal("error: The command failed: boom\nfine\n", _output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_error_reply_makes_the_status_one()
    {
        _warRoom.Respond = (_, _) => FakeWarRoom.Replies(new ErrorReply("names are lower case", Column: 6, Input: "name=Bad"));

        Assert.Equal(1, await Run("/docker_image_create name=Bad\n"));
        Assert.Contains("     ^", _output.ToString());
    }
}
