using System.Text.Json.Nodes;

namespace ChatOps.Execution.Server;

/// <summary>War-room entries the server itself writes, shaped as XSOAR's (Type, ContentsFormat, Contents).</summary>
internal static class ServerEntries
{
    public const int Note = 1;
    public const int Error = 4;

    public static JsonObject Text(string text) => new() { ["Type"] = Note, ["ContentsFormat"] = "text", ["Contents"] = text };

    public static JsonObject Json(JsonNode? contents, string? humanReadable = null)
    {
        var entry = new JsonObject { ["Type"] = Note, ["ContentsFormat"] = "json", ["Contents"] = contents?.DeepClone() };
        if (humanReadable is not null) entry["HumanReadable"] = humanReadable;
        return entry;
    }

    /// <summary>An error entry: content checks these with is_error(), so a failed command comes back as one, not as an exception.</summary>
    public static JsonObject Failure(string message) => new() { ["Type"] = Error, ["ContentsFormat"] = "text", ["Contents"] = message };

    public static bool IsError(JsonNode? entry) =>
        entry is JsonObject item && item["Type"] is JsonValue type && type.TryGetValue<int>(out var number) && number == Error;
}
