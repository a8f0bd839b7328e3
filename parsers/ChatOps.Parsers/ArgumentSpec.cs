namespace ChatOps.Parsers;

/// <summary>One key a command accepts.</summary>
public sealed record ArgumentSpec(string Key, bool Required, string Description, string Example);
