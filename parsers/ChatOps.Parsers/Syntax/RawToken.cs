using Superpower.Model;
using Shown = ChatOps.Parsers.Text.Shown;

namespace ChatOps.Parsers.Syntax;

/// <summary>A single token as written, kept when it is not part of a key=value (the command word, a help topic, a stray word).</summary>
internal sealed record RawToken(string Text, CommandToken Kind, int Column, int End) : RawItem(Column, End)
{
    /// <summary>The token as an error message shows it: quoted text keeps its own quotes, anything else gets some.</summary>
    public string Displayed =>
        Kind is CommandToken.DoubleQuoted or CommandToken.SingleQuoted ? Shown.Text(Text) : Shown.Quote(Text);

    public static RawToken From(Token<CommandToken> token) =>
        new(token.ToStringValue(), token.Kind, token.Span.Position.Absolute + 1,
            token.Span.Position.Absolute + token.Span.Length + 1);
}
