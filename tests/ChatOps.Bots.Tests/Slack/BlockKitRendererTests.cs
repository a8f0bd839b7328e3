using System.Text.Json;
using ChatOps.Bots.Slack;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Slack;

public sealed class BlockKitRendererTests
{
    private readonly BlockKitRenderer _renderer = new();

    private static IEnumerable<string> Texts(SlackMessage message) => message.Blocks.SelectMany(block => block switch
    {
        SectionBlock section => new[] { section.Text?.Text }.Concat(section.Fields?.Select(f => f.Text) ?? []).OfType<string>(),
        ContextBlock context => context.Elements.Select(e => e.Text),
        _ => [],
    });

    private static string AllText(SlackMessage message) => string.Join("\n", Texts(message));

    [Fact]
    public void A_text_reply_is_one_mrkdwn_section_sent_to_the_channel()
    {
        var message = _renderer.RenderResult("/docker_images", [new TextReply("No images yet.")]);

        var section = Assert.IsType<SectionBlock>(Assert.Single(message.Blocks));
        Assert.Equal(new TextObject("mrkdwn", "No images yet."), section.Text);
        Assert.Equal(SlackMessage.InChannel, message.ResponseType);
        Assert.Equal("No images yet.", message.Text);
    }

    [Fact]
    public void A_table_is_an_aligned_code_block_under_its_title()
    {
        var table = new TableReply("Images", ["repository", "tag"], [["demisto/a", "1.0.0.1"], ["demisto/python3-deb", "3.11.2.1"]]);
        var message = _renderer.RenderResult("/docker_images", [table]);

        Assert.Equal(2, message.Blocks.Count);
        Assert.Equal("*Images*", ((SectionBlock)message.Blocks[0]).Text!.Text);
        var code = ((SectionBlock)message.Blocks[1]).Text!.Text;
        Assert.Equal("""
            ```
            repository           tag
            -------------------  --------
            demisto/a            1.0.0.1
            demisto/python3-deb  3.11.2.1
            ```
            """.ReplaceLineEndings("\n"), code);
    }

    [Fact]
    public void A_card_is_a_section_with_bold_labelled_fields_and_more_than_ten_continue_in_another_section()
    {
        var fields = Enumerable.Range(1, 12).Select(i => new CardField($"field{i}", $"value{i}")).ToList();
        var message = _renderer.RenderResult("/docker_image_create name=x", [new CardReply("demisto/x:1.0.0.1", fields)]);

        Assert.Equal(2, message.Blocks.Count);
        var first = (SectionBlock)message.Blocks[0];
        Assert.Equal("*demisto/x:1.0.0.1*", first.Text!.Text);
        Assert.Equal(10, first.Fields!.Count);
        Assert.Equal("*field1*\nvalue1", first.Fields[0].Text);
        Assert.Equal(2, ((SectionBlock)message.Blocks[1]).Fields!.Count);
    }

    [Fact]
    public void A_card_field_longer_than_2000_characters_is_cut_and_says_so()
    {
        var message = _renderer.RenderResult("/x", [new CardReply("t", [new CardField("packages", new string('p', 5000))])]);
        var field = ((SectionBlock)message.Blocks[0]).Fields![0].Text;
        Assert.True(field.Length <= BlockKitRenderer.MaxFieldText, $"{field.Length} characters");
        Assert.Contains("truncated", field);
    }

    [Fact]
    public void A_code_block_keeps_its_text_and_cannot_be_closed_early()
    {
        var message = _renderer.RenderResult("/run !Print", [new CodeBlockReply("json", "{\"a\": 1}\n``` *bold* ```")]);
        var text = ((SectionBlock)Assert.Single(message.Blocks)).Text!.Text;
        Assert.StartsWith("```\n{\"a\": 1}\n", text);
        Assert.EndsWith("\n```", text);
        Assert.Equal(2, text.Split("```").Length - 1);
    }

    [Fact]
    public void An_error_is_ephemeral_with_a_cross_a_caret_the_usage_and_the_detail()
    {
        var error = new ErrorReply("name must be lower case", "/docker_image_create name=NAME", 22, "/docker_image_create name=Bad", "line 1\nline 2");
        var message = _renderer.RenderResult("/docker_image_create name=Bad", [error]);

        Assert.Equal(SlackMessage.Ephemeral, message.ResponseType);
        var texts = Texts(message).ToList();
        Assert.Equal(":x: name must be lower case", texts[0]);
        Assert.Equal("```\n/docker_image_create name=Bad\n                     ^\n```", texts[1]);
        Assert.Equal("*Usage:* `/docker_image_create name=NAME`", texts[2]);
        Assert.Equal("```\nline 1\nline 2\n```", texts[3]);
    }

    [Fact]
    public void Progress_is_an_ephemeral_context_line_with_its_step()
    {
        var message = _renderer.RenderProgress("/docker_image_create name=x", new ProgressReply("build demisto/x", "pip install", 2, 5));
        var context = Assert.IsType<ContextBlock>(Assert.Single(message.Blocks));
        Assert.Equal(":hourglass_flowing_sand: `/docker_image_create name=x`: *build demisto/x* [2/5]: pip install", context.Elements[0].Text);
        Assert.Equal(SlackMessage.Ephemeral, message.ResponseType);
    }

    [Fact]
    public void Progress_replies_are_left_out_of_the_result()
    {
        var message = _renderer.RenderResult("/x", [new ProgressReply("a", "b"), new TextReply("done")]);
        Assert.Equal("done", AllText(message));
    }

    [Fact]
    public void Angle_brackets_and_ampersands_are_escaped_so_nothing_can_ping_the_channel()
    {
        var message = _renderer.RenderResult("/run", [
            new TextReply("<!channel> & <@U123> <https://evil.example|click>"),
            new TableReply(null, ["a"], [["<!here>"]]),
            new CardReply("<!everyone>", [new CardField("<b>", "x & y")]),
            new ErrorReply("<!channel>", Usage: "<@U1>"),
        ]);
        var all = AllText(message) + message.Text;
        Assert.DoesNotContain("<", all);
        Assert.DoesNotContain(">", all);
        Assert.Contains("&lt;!channel&gt; &amp; &lt;@U123&gt;", all);
    }

    [Fact]
    public void Long_text_continues_in_further_sections_of_at_most_3000_characters()
    {
        var text = string.Join("\n", Enumerable.Range(0, 400).Select(i => $"line {i:D4} " + new string('x', 20)));
        var message = _renderer.RenderResult("/x", [new TextReply(text)]);

        Assert.True(message.Blocks.Count > 1);
        Assert.All(Texts(message), t => Assert.True(t.Length <= BlockKitRenderer.MaxSectionText));
        Assert.Equal(text, string.Join("\n", Texts(message)));
    }

    [Fact]
    public void Escapes_are_never_cut_in_half_at_a_section_boundary()
    {
        var text = new string('&', 4000);
        var message = _renderer.RenderResult("/x", [new TextReply(text)]);
        Assert.All(Texts(message), t => Assert.Matches("^(&amp;)+$", t));
        Assert.Equal(4000, Texts(message).Sum(t => t.Length / 5));
    }

    [Fact]
    public void A_huge_table_stops_at_50_blocks_and_the_last_says_how_much_was_left_out()
    {
        var rows = Enumerable.Range(0, 20_000).Select(i => (IReadOnlyList<string>)[$"demisto/image{i}", "1.0.0." + i]).ToList();
        var message = _renderer.RenderResult("/docker_images", [new TableReply("Images", ["repository", "tag"], rows)]);

        Assert.Equal(BlockList.MaxBlocks, message.Blocks.Count);
        Assert.All(Texts(message), t => Assert.True(t.Length <= BlockKitRenderer.MaxSectionText, $"{t.Length}"));
        var note = Assert.IsType<ContextBlock>(message.Blocks[^1]).Elements[0].Text;
        Assert.Matches(@"^:warning: Output truncated: \d+ more blocks not shown", note);
        Assert.All(message.Blocks.Take(BlockList.MaxBlocks - 1).Skip(1), b => Assert.StartsWith("```\n", ((SectionBlock)b).Text!.Text));
    }

    [Fact]
    public void The_json_has_slacks_names_and_no_nulls()
    {
        var message = _renderer.RenderResult("/x", [new TextReply("hi")]) with { ReplaceOriginal = true };
        var json = JsonSerializer.Serialize(message, SlackJson.Options);
        Assert.Equal("""{"text":"hi","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}],"response_type":"in_channel","replace_original":true}""", json);
    }

    [Fact]
    public void A_command_with_no_output_says_it_finished()
    {
        var message = _renderer.RenderResult("/docker_image_update all=true", []);
        Assert.Equal(":white_check_mark: `/docker_image_update all=true` finished.", AllText(message));
    }

    [Fact]
    public void Markdown_is_translated_to_mrkdwn_and_still_escaped()
    {
        var message = _renderer.RenderResult("/run !HelloWorldScript", [new MarkdownReply(
            "## Hello Dbot\nSome **bold**, *italic* and `code` with [docs](https://d.test/?a=1&b=2) & <!channel>\n- one\n  - two\n[ping](<!here>)")]);

        Assert.Equal("""
            *Hello Dbot*
            Some *bold*, _italic_ and `code` with <https://d.test/?a=1&amp;b=2|docs> &amp; &lt;!channel&gt;
            • one
                • two
            ping (!here)
            """.ReplaceLineEndings("\n"), ((SectionBlock)Assert.Single(message.Blocks)).Text!.Text);
        Assert.Equal("Hello Dbot\nSome bold, italic and code with docs (https://d.test/?a=1&amp;b=2) &amp; &lt;!channel&gt;\none\ntwo\nping (!here)", message.Text);
    }

    [Fact]
    public void An_entry_is_rendered_as_its_display_replies_and_its_error_makes_the_result_ephemeral()
    {
        Reply[] display = [new TextReply("before"), new TableReply("T", ["a"], [["1"]]), new ErrorReply("!X returned an error: bad")];

        var entry = _renderer.RenderResult("/run !X", [Entries.Showing(display)]);
        var alone = _renderer.RenderResult("/run !X", display);

        Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(entry));
        Assert.Equal(SlackMessage.Ephemeral, entry.ResponseType);
    }

    [Fact]
    public void An_entry_with_nothing_to_show_leaves_the_result_finished()
    {
        var message = _renderer.RenderResult("/run !X", [Entries.Showing()]);

        Assert.Equal(":white_check_mark: `/run !X` finished.", AllText(message));
    }
}
