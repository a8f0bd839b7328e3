namespace ChatOps.Replies;

/// <summary>Rows of cells under column headings; every row has one cell per column.</summary>
public sealed record TableReply(string? Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Reply;
