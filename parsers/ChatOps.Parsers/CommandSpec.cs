namespace ChatOps.Parsers;

/// <summary>What a command looks like, for help, usage lines in errors and tab completion.</summary>
public sealed record CommandSpec(string Verb, string Usage, string Summary, IReadOnlyList<ArgumentSpec> Arguments);
