namespace ChatOps.Parsers.Commands;

/// <summary>The value written without a key right after a script's name, quotes removed, and the column it starts at.</summary>
public sealed record UnnamedValue(string Value, int Column);
