using System.Text.Json.Nodes;

namespace ChatOps.Execution.Context;

/// <summary>Walking a context along a <see cref="ContextPath"/>: the parent object a write lands in, and removal.</summary>
internal static class ContextTree
{
    /// <summary>
    /// The object that holds the path's last segment, made on the way where it is missing (or null), the way
    /// XSOAR nests <c>A.B.C</c> as <c>{"A":{"B":{"C":…}}}</c>. A list or a plain value in the way is not replaced:
    /// that would silently drop data another script wrote, so the write is refused instead.
    /// </summary>
    public static JsonObject ParentFor(JsonObject root, ContextPath path)
    {
        var current = root;
        var walked = new List<string>();
        foreach (var segment in path.Parents)
        {
            walked.Add(segment);
            current.TryGetPropertyValue(segment, out var next);
            switch (next)
            {
                case null:
                    var made = new JsonObject();
                    current[segment] = made;
                    current = made;
                    break;
                case JsonObject inner:
                    current = inner;
                    break;
                default:
                    throw new ContextRuleException(
                        $"'{string.Join('.', walked)}' holds {Describe(next)}, not an object, so '{path}' cannot be written under it");
            }
        }
        return current;
    }

    /// <summary>
    /// Removes what the path names and says whether there was anything. A list on the way stands for each of its
    /// objects (as <c>${DBotScore.Score}</c> reads every item's Score), so the last segment goes from each of them.
    /// </summary>
    public static bool Remove(JsonNode? node, IReadOnlyList<string> segments, int at = 0)
    {
        switch (node)
        {
            case JsonArray items:
                var removedAny = false;
                foreach (var item in items) removedAny |= Remove(item, segments, at);
                return removedAny;
            case JsonObject obj when at == segments.Count - 1:
                return obj.Remove(segments[at]);
            case JsonObject obj:
                return obj.TryGetPropertyValue(segments[at], out var next) && Remove(next, segments, at + 1);
            default:
                return false;
        }
    }

    private static string Describe(JsonNode node) => node is JsonArray ? "a list" : $"the value {node.ToJsonString()}";
}
