using System.Text.Json.Serialization;

namespace ChatOps.Replies;

/// <summary>Rows of cells under column headings; every row has one cell per column.</summary>
public sealed record TableReply(string? Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Reply
{
    /// <summary>
    /// The cells' raw values for automation (`chatops exec --json`), row for row and column for column: bytes as
    /// numbers, times as DateTimeOffset, null where a cell shows "-". Null when the cells are their own values.
    /// Not kept with a stored reply: people are shown Rows.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<IReadOnlyList<object?>>? Values { get; init; }
}
