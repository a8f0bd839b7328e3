using System.Text.Json.Nodes;

namespace ChatOps.Execution.Server;

/// <summary>
/// What a server command answers. Entry commands (getContext, Set, getList...) answer war-room entries; the
/// loop's own internal calls (getLicenseID, getIntegrationContext, getLastRun...) answer a bare value, as the
/// XSOAR loop expects of them.
/// </summary>
internal sealed record ServerCommandResult(JsonArray? Entries, JsonNode? Value)
{
    public static ServerCommandResult Of(params JsonObject[] entries) => new(new JsonArray(entries.Select(e => (JsonNode)e).ToArray()), null);

    public static ServerCommandResult Bare(JsonNode? value) => new(null, value);

    /// <summary>The reply line for the loop: the entries, or the bare value.</summary>
    public string ToReply() => Entries is not null ? Entries.ToJsonString() : Value?.ToJsonString() ?? "null";
}
