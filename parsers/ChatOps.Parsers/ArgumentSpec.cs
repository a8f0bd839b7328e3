namespace ChatOps.Parsers;

/// <summary>One key a command accepts. Flag keys take true/false (a checkbox where a platform has one).</summary>
public sealed record ArgumentSpec(string Key, bool Required, string Description, string Example, bool Flag = false);
