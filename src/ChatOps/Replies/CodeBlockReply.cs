namespace ChatOps.Replies;

/// <summary>Preformatted text (JSON results, logs, tracebacks); Language is a hint such as "json", may be empty.</summary>
public sealed record CodeBlockReply(string Language, string Code) : Reply;
