namespace ChatOps.Replies;

/// <summary>Plain prose. Markdown-free so every platform can show it as is (markdown a script wrote is a MarkdownReply).</summary>
public sealed record TextReply(string Text) : Reply;
