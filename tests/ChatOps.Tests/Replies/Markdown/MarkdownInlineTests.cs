using ChatOps.Replies.Markdown;

namespace ChatOps.Tests.Replies.Markdown;

public sealed class MarkdownInlineTests
{
    private static string Spans(string text) => string.Join(" + ", MarkdownInline.Parse(text).Select(s => s.Url is null ? $"{s.Kind}({s.Text})" : $"{s.Kind}({s.Text} -> {s.Url})"));

    [Fact]
    public void Bold_italic_code_and_links_are_spans_between_text()
    {
        Assert.Equal("Text(a ) + Bold(b) + Text( ) + Italic(c) + Text( ) + Bold(d) + Text( ) + Italic(e) + Text( ) + Code(f|g) + Text( ) + Link(h -> https://x.test/?q=1)",
            Spans("a **b** *c* __d__ _e_ `f|g` [h](https://x.test/?q=1)"));
    }

    [Theory]
    [InlineData("example_name_v2")]
    [InlineData("2*3*4")]
    [InlineData("*.exe and *.dll")]
    [InlineData("a * b * c")]
    [InlineData("[not a link] (x)")]
    [InlineData("`unclosed")]
    public void Text_that_only_looks_like_markup_keeps_every_character(string text)
    {
        Assert.Equal($"Text({text})", Spans(text));
    }

    [Fact]
    public void A_backslash_escape_is_the_character_itself()
    {
        Assert.Equal(@"Text(x|y *not italic* #1)", Spans(@"x\|y \*not italic\* \#1"));
    }

    [Fact]
    public void Markup_inside_bold_and_link_text_is_flattened_into_the_span()
    {
        Assert.Equal("Bold(big link (https://b.test)) + Text( ) + Link(code -> https://a.test)", Spans("**big [link](https://b.test)** [`code`](https://a.test \"title\")"));
    }

    [Fact]
    public void Plain_text_keeps_a_links_address_after_its_text()
    {
        Assert.Equal("see docs (https://d.test) or https://e.test", MarkdownInline.Plain("see [docs](https://d.test) or [https://e.test](https://e.test)"));
    }
}
