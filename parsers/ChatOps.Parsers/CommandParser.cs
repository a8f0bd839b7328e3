using System.Diagnostics.CodeAnalysis;
using ChatOps.Parsers.Binding;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace ChatOps.Parsers;

/// <summary>The one grammar every adapter uses: chat text in, a typed command or a ParseError out.</summary>
public static class CommandParser
{
    // The grammar is deliberately permissive: anything after the command word that is not key=value is kept
    // as a stray token, so the binders can say exactly what was wrong instead of Superpower's generic message.

    static readonly TokenListParser<CommandToken, RawToken> AnyToken =
        Token.Matching<CommandToken>(_ => true, "a word").Select(RawToken.From);

    static readonly TokenListParser<CommandToken, RawValue> QuotedValue =
        Token.EqualTo(CommandToken.DoubleQuoted).Or(Token.EqualTo(CommandToken.SingleQuoted)).Select(RawValue.FromQuoted);

    /// <summary>Touching tokens that are not quoted make one bare value: <c>wget=1.2</c>, <c>demisto/python3:3.11</c>.</summary>
    static readonly TokenListParser<CommandToken, RawValue> BareValue = input =>
    {
        var first = input.ConsumeToken();
        if (!first.HasValue || !IsBare(first.Value.Kind))
            return TokenListParserResult.Empty<CommandToken, RawValue>(input, "a value");

        var start = first.Value.Span.Position.Absolute;
        var end = start + first.Value.Span.Length;
        var remainder = first.Remainder;
        while (remainder.ConsumeToken() is { HasValue: true } next && IsBare(next.Value.Kind) && next.Value.Span.Position.Absolute == end)
        {
            end += next.Value.Span.Length;
            remainder = next.Remainder;
        }

        return TokenListParserResult.Value(RawValue.FromBare(first.Value.Span.Source!, start, end), input, remainder);
    };

    static readonly TokenListParser<CommandToken, RawArgument> Argument =
        Token.EqualTo(CommandToken.Word).Then(key =>
            Token.EqualTo(CommandToken.EqualsSign).Where(equals => Touching(key, equals), "\"=\" right after the key").Then(equals =>
                QuotedValue.Or(BareValue)
                    .Where(value => value.Column == EndColumn(equals), "a value right after \"=\"")
                    .Select(value => (RawValue?)value)
                    .Try()
                    .OptionalOrDefault()
                    .Select(value => new RawArgument(key.ToStringValue(), key.Span.Position.Absolute + 1, value?.End ?? EndColumn(equals), value))));

    static readonly TokenListParser<CommandToken, RawItem> Item =
        Argument.Try().Select(argument => (RawItem)argument).Or(AnyToken.Select(token => (RawItem)token));

    static readonly TokenListParser<CommandToken, RawLine> Line =
        AnyToken.Then(head => Item.Many().Select(items => new RawLine(head, items))).AtEnd();

    /// <summary>Normalises chat-client text (Slack escapes, smart quotes), tokenises and parses it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ChatCommand? command, [NotNullWhen(false)] out ParseError? error)
    {
        command = null;
        error = null;
        text ??= "";
        // Checked before normalising so that a huge line costs nothing more than its length.
        if (LineGuard.TooLong(text) is { } tooLong)
        {
            error = new ParseError(tooLong.Message, tooLong.Column, null, text);
            return false;
        }

        var line = ChatTextNormaliser.Normalise(text);
        var bound = Parse(line);
        if (bound.Command is not null)
        {
            command = bound.Command;
            return true;
        }

        var problem = bound.Problem ?? new Problem("could not read the command; type help to see the commands", 1);
        error = new ParseError(problem.Message, problem.Column, bound.Usage, line);
        return false;
    }

    static Bound Parse(string line)
    {
        if (LineGuard.Check(line) is { } refused) return Bound.Fail(refused, null);

        var tokens = CommandTokenizer.Instance.TryTokenize(line);
        if (!tokens.HasValue)
            return Bound.Fail(UnreadableAt(line, tokens.Location.Position.Absolute), CommandCatalog.Find(line.TrimStart().Split(' ')[0])?.Usage);

        var parsed = Line.TryParse(tokens.Value);
        return parsed.HasValue
            ? CommandBinder.Bind(parsed.Value, line.Length + 1)
            : Bound.Fail($"could not read the command: {parsed.FormatErrorMessageFragment()}", parsed.ErrorPosition.HasValue ? parsed.ErrorPosition.Column : 1, null);
    }

    /// <summary>The only text the tokenizer cannot read is a quote that is never closed.</summary>
    static Problem UnreadableAt(string line, int absolute)
    {
        var at = Math.Clamp(absolute, 0, Math.Max(line.Length - 1, 0));
        var quote = line.Length > 0 && line[at] is '"' or '\'' ? line[at] : '"';
        return new Problem($"unterminated quote: the {quote} here is never closed; close it with {quote}, or write \\{quote} for a quote inside", at + 1);
    }

    static bool IsBare(CommandToken kind) =>
        kind is CommandToken.Word or CommandToken.EqualsSign or CommandToken.Command or CommandToken.Script;

    static bool Touching(Token<CommandToken> before, Token<CommandToken> after) =>
        before.Span.Position.Absolute + before.Span.Length == after.Span.Position.Absolute;

    static int EndColumn(Token<CommandToken> token) => token.Span.Position.Absolute + token.Span.Length + 1;
}
