using Superpower.Model;

namespace ChatOps.Parsers.Syntax;

/// <summary>A single token as written, kept when it is not part of a key=value (the command word, a help topic, a stray word).</summary>
internal sealed record RawToken(string Text, CommandToken Kind, int Column, int End) : RawItem(Column, End)
{
    public static RawToken From(Token<CommandToken> token) =>
        new(token.ToStringValue(), token.Kind, token.Span.Position.Absolute + 1,
            token.Span.Position.Absolute + token.Span.Length + 1);
}
