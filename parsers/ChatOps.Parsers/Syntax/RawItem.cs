namespace ChatOps.Parsers.Syntax;

/// <summary>One thing after the command word, with its 1-based start column and the column just after it.</summary>
internal abstract record RawItem(int Column, int End);
