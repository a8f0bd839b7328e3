using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>One side of a merge test: <c>val.A.B</c> (a field of an item already in the context) or <c>obj.A.B</c> (of the new item).</summary>
internal sealed class MergeOperand(bool ofNewItem, IReadOnlyList<string> fields)
{
    public bool OfNewItem { get; } = ofNewItem;

    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>
    /// Reads the field the way JavaScript would: a missing field is undefined; a field of undefined or null throws,
    /// which this returns as null so the caller can treat the whole expression as failing, as the server would.
    /// </summary>
    public ResolvedValue? Resolve(JsonNode? existing, JsonNode? added)
    {
        var current = new ResolvedValue(false, OfNewItem ? added : existing);
        foreach (var field in Fields)
        {
            if (current.IsNullish) return null;
            current = current.Node is JsonObject obj && obj.TryGetPropertyValue(field, out var next)
                ? new ResolvedValue(false, next)
                : ResolvedValue.Undefined;
        }
        return current;
    }

    public override string ToString() => (OfNewItem ? "obj." : "val.") + string.Join('.', Fields);
}
