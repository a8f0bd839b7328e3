namespace ChatOps.Parsers.Tests;

public class CommandTokenizerTests
{
    [Fact]
    public void A_line_splits_into_tokens_that_describe_its_characters()
    {
        var tokens = CommandTokenizer.Instance.Tokenize("/docker_image_create name=\"a b\" base='x' !Print it's");

        Assert.Equal(
            [
                (CommandToken.Command, "/docker_image_create"), (CommandToken.Word, "name"), (CommandToken.EqualsSign, "="),
                (CommandToken.DoubleQuoted, "\"a b\""), (CommandToken.Word, "base"), (CommandToken.EqualsSign, "="),
                (CommandToken.SingleQuoted, "'x'"), (CommandToken.Script, "!Print"), (CommandToken.Word, "it's"),
            ],
            tokens.Select(t => (t.Kind, t.ToStringValue())));
    }

    [Fact]
    public void An_escaped_quote_does_not_close_a_quoted_token()
    {
        var tokens = CommandTokenizer.Instance.Tokenize("\"a\\\"b\" c");

        Assert.Equal(["\"a\\\"b\"", "c"], tokens.Select(t => t.ToStringValue()));
    }

    [Fact]
    public void An_unclosed_quote_cannot_be_tokenised()
    {
        Assert.False(CommandTokenizer.Instance.TryTokenize("name=\"abc").HasValue);
    }
}
