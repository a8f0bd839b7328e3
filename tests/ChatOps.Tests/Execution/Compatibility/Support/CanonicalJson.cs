using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// JSON with every object's keys sorted, compact: two equal entries give equal strings whatever order Python wrote
/// their keys in, and a failing Assert.Equal shows where they differ.
/// </summary>
internal static class CanonicalJson
{
    public static string Of(string json) => Of(JsonNode.Parse(json));

    public static string Of(JsonElement element) => Of(JsonNode.Parse(element.GetRawText()));

    public static string Of(JsonNode? node) => Sorted(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray list => new JsonArray(list.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}
