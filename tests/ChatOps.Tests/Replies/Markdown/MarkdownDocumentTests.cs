using ChatOps.Replies.Markdown;

namespace ChatOps.Tests.Replies.Markdown;

public sealed class MarkdownDocumentTests
{
    private static IEnumerable<string> Lines(string markdown) =>
        MarkdownDocument.Parse(markdown).Select(l => $"{l.Kind}{l.Level}: {l.Plain}");

    [Fact]
    public void Headings_bullets_paragraphs_and_blank_lines_are_told_apart()
    {
        Assert.Equal(["Heading2: Hello Dbot", "Blank0: ", "Bullet0: one", "Bullet1: two", "Bullet0: three", "Paragraph0: bold at the start", "Heading3: closed"],
            Lines("## Hello Dbot\n\n- one\n  * two\n+ three\n**bold** at the start\n### closed ###"));
    }

    [Fact]
    public void A_hash_without_a_space_is_not_a_heading()
    {
        Assert.Equal(["Paragraph0: #hashtag", "Paragraph0: -1 degrees"], Lines("#hashtag\n-1 degrees"));
    }

    [Fact]
    public void A_br_tag_breaks_the_line_as_xsoar_content_writes_it()
    {
        Assert.Equal(["Paragraph0: first", "Paragraph0: second", "Paragraph0: third"], Lines("first<br>second<BR />third"));
    }
}
