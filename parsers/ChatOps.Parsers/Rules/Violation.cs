namespace ChatOps.Parsers.Rules;

/// <summary>Why a value breaks its shape rule; Offset is the character (0-based, in the checked text) the caret should point at.</summary>
internal sealed record Violation(string Message, int Offset);
