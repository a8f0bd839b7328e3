using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>
/// What <c>val.X</c> or <c>obj.X</c> reads: JavaScript tells a missing field (undefined) from a field holding
/// null, and the difference matters to <c>===</c>, so a lookup keeps both.
/// </summary>
internal readonly record struct ResolvedValue(bool IsUndefined, JsonNode? Node)
{
    public static ResolvedValue Undefined { get; } = new(true, null);

    public bool IsNullish => IsUndefined || Node is null;
}
