namespace ChatOps.Parsers.Syntax;

/// <summary>A tokenised line: the first token (the command word) and everything after it.</summary>
internal sealed record RawLine(RawToken Head, IReadOnlyList<RawItem> Items);
