namespace ChatOps.Parsers.Commands;

/// <summary>One <c>key=value</c> of a script call. Values stay text (scripts get strings, as in XSOAR); lists are split later against the script's YAML.</summary>
public sealed record ScriptArgument(string Key, string Value, int Column);
