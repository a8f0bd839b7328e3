using Superpower;
using Superpower.Parsers;
using Superpower.Tokenizers;

namespace ChatOps.Parsers;

/// <summary>Splits a normalised chat line into <see cref="CommandToken"/>s. Whitespace only separates tokens.</summary>
internal static class CommandTokenizer
{
    // A word may contain quotes after its first character ("don't") but never '=' or whitespace, so that
    // key=value splits at the first '=' and values with '=' inside (wget=1.2) come back as adjacent tokens.
    static readonly TextParser<char> WordStart =
        Character.Matching(c => !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '='), "word character");

    static readonly TextParser<char> WordRest =
        Character.Matching(c => !char.IsWhiteSpace(c) && c != '=', "word character");

    static TextParser<Superpower.Model.TextSpan> Quoted(char quote) =>
        Span.MatchedBy(
            Character.EqualTo(quote)
                .IgnoreThen(Character.EqualTo('\\').IgnoreThen(Character.AnyChar)
                    .Or(Character.Except(quote))
                    .Many())
                .IgnoreThen(Character.EqualTo(quote)));

    public static Tokenizer<CommandToken> Instance { get; } = new TokenizerBuilder<CommandToken>()
        .Ignore(Span.WhiteSpace)
        .Match(Span.MatchedBy(Character.EqualTo('/').IgnoreThen(WordRest.Many())), CommandToken.Command)
        .Match(Span.MatchedBy(Character.EqualTo('!').IgnoreThen(WordRest.Many())), CommandToken.Script)
        .Match(Character.EqualTo('='), CommandToken.EqualsSign)
        .Match(Quoted('"'), CommandToken.DoubleQuoted)
        .Match(Quoted('\''), CommandToken.SingleQuoted)
        .Match(Span.MatchedBy(WordStart.IgnoreThen(WordRest.Many())), CommandToken.Word)
        .Build();
}
