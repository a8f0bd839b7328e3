using Superpower.Model;

namespace ChatOps.Parsers.Syntax;

/// <summary>
/// A value after '=' with the quotes and escapes already removed. Column is where the value starts (the opening
/// quote of a quoted one); Exact says whether every character of Text sits at its own column, so that a bad
/// list item can be pointed at precisely.
/// </summary>
internal sealed record RawValue(string Text, int Column, int End, bool Quoted, bool Exact)
{
    public int ColumnOf(int offset) => Exact ? Column + (Quoted ? 1 : 0) + offset : Column;

    public static RawValue FromQuoted(Token<CommandToken> token)
    {
        var written = token.ToStringValue();
        var text = QuotedText.Unescape(written);
        var start = token.Span.Position.Absolute + 1;
        return new RawValue(text, start, start + token.Span.Length, true, text.Length == written.Length - 2);
    }

    public static RawValue FromBare(string source, int absoluteStart, int absoluteEnd) =>
        new(source[absoluteStart..absoluteEnd], absoluteStart + 1, absoluteEnd + 1, false, true);
}
