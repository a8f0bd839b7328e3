namespace ChatOps.Parsers.Binding;

/// <summary>What is wrong and where (1-based column in the normalised line); becomes a ParseError once the usage line is known.</summary>
internal sealed record Problem(string Message, int Column);
