namespace ChatOps.Replies;

/// <summary>A titled set of facts, e.g. the image card after a build: name:tag, id, size, python, packages.</summary>
public sealed record CardReply(string Title, IReadOnlyList<CardField> Fields) : Reply;
