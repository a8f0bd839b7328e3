using ChatOps.Bots.Discord.Rendering;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

public sealed class DiscordMarkdownTests
{
    [Fact]
    public void Markdown_keeps_its_markup_in_discords_syntax_with_the_text_escaped()
    {
        var rendered = DiscordMarkdown.Render(new MarkdownReply(
            "## Hello Dbot\n#### small_heading\nSome **bold_name**, *it* and `a_b` with [docs](https://d.test) or [x](javascript:alert(1))\n- one\n  - two > three"));

        Assert.Equal("""
            ## Hello Dbot
            **small\_heading**
            Some **bold\_name**, *it* and `a_b` with [docs](https://d.test) or x (javascript:alert(1))
            - one
              - two > three
            """.ReplaceLineEndings("\n"), rendered);
    }

    [Fact]
    public void An_entry_is_rendered_as_its_display_replies()
    {
        Reply[] display = [new MarkdownReply("### T"), new TableReply(null, ["a"], [["1"]]), new TextReply("a_b")];

        Assert.Equal(string.Join("\n", display.Select(DiscordMarkdown.Render)), DiscordMarkdown.Render(Entries.Showing(display)));
    }

    [Fact]
    public void The_error_of_an_entry_goes_to_the_requester_and_the_rest_to_the_channel()
    {
        var transcript = new ReplyTranscript();

        transcript.Add(Entries.Showing(new TextReply("partial"), new ErrorReply("!X returned an error: bad")));

        Assert.True(transcript.HasErrors);
        Assert.Equal("partial", transcript.RenderPublic());
        Assert.Equal("❌ !X returned an error: bad", transcript.RenderErrors());
    }
}
