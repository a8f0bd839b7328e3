namespace ChatOps.Parsers.Syntax;

/// <summary><c>key=value</c> before any meaning is given to it; Value is null for <c>key=</c> with nothing after it.</summary>
internal sealed record RawArgument(string Key, int Column, int End, RawValue? Value) : RawItem(Column, End);
