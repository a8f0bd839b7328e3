using ChatOps.Bots.Discord.Rendering;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>Discord's 2,000-character limit: split at lines, code blocks reopened, the rest cut and said.</summary>
public sealed class MessageSplittingTests
{
    private static string Lines(int count, int width) => string.Join("\n", Enumerable.Range(0, count).Select(i => i.ToString("D5").PadRight(width, 'x')));

    [Fact]
    public void Text_that_fits_stays_one_message()
    {
        var text = new string('a', 2000);
        Assert.Equal([text], MessagePlan.For(text, 6));
    }

    [Fact]
    public void Long_text_is_split_at_line_ends_into_parts_under_2000_that_say_so()
    {
        var text = Lines(120, 60);
        var parts = MessagePlan.For(text, 6);

        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.All(parts.Select((p, i) => (p, i)), x => Assert.EndsWith($"-# part {x.i + 1}/4", x.p));
        var rejoined = string.Join("\n", parts.Select(p => p[..p.LastIndexOf("\n-# part", StringComparison.Ordinal)]));
        Assert.Equal(text, rejoined); // nothing lost, no line broken
    }

    [Fact]
    public void A_code_block_cut_in_two_is_closed_and_reopened_so_each_part_renders()
    {
        var text = DiscordMarkdown.Render(new CodeBlockReply("json", Lines(100, 50)));
        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
        {
            Assert.InRange(part.Length, 1, 2000);
            Assert.StartsWith("```json\n", part);
            Assert.EndsWith("\n```", part);
        }
    }

    [Fact]
    public void A_single_line_longer_than_a_message_is_cut_hard()
    {
        var parts = MessageSplitter.Split(new string('z', 4500));
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(4500, parts.Sum(p => p.Length));
    }

    [Fact]
    public void Beyond_the_follow_up_budget_the_output_is_truncated_and_the_last_part_says_how_much()
    {
        var text = Lines(1000, 60);
        var parts = MessagePlan.For(text, 3);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Contains("output truncated:", parts[^1]);
        Assert.DoesNotContain("output truncated", parts[0]);
        var shown = parts.Sum(p => p.Length);
        Assert.True(shown < text.Length);
    }

    [Fact]
    public void Triple_backticks_inside_output_cannot_end_its_code_block()
    {
        var rendered = DiscordMarkdown.Render(new CodeBlockReply("", "before\n```\n@everyone **bold**\nafter"));
        Assert.Equal(2, rendered.Split("```").Length - 1); // only the opening and closing fences
    }

    [Fact]
    public void A_table_is_shown_as_aligned_columns_in_a_code_block()
    {
        var rendered = DiscordMarkdown.Render(new TableReply("Images", ["name", "tag"], [["demisto/python3-deb", "3.11.2.1"], ["demisto/x", "1.0.0.1"]]));
        Assert.Equal("**Images**\n```\n" + "NAME" + new string(' ', 17) + "TAG\n" + "demisto/python3-deb  3.11.2.1\n" + "demisto/x" + new string(' ', 12) + "1.0.0.1\n```", rendered);
    }

    [Fact]
    public void Plain_text_replies_show_as_typed_with_markdown_escaped()
    {
        var rendered = DiscordMarkdown.Render(new TextReply("built example_name_v2 *now*\n# not a heading [click](http://evil.example)"));
        Assert.Equal("built example\\_name\\_v2 \\*now\\*\n\\# not a heading \\[click\\](http://evil.example)", rendered);
    }
}
