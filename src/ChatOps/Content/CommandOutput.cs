namespace ChatOps.Content;

/// <summary>One entry of a command's <c>outputs:</c>: a context path it writes, and what is there.</summary>
internal sealed record CommandOutput(string ContextPath, string Description, string Type);
