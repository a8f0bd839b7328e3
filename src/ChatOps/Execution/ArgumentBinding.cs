using System.Text.Json.Nodes;

namespace ChatOps.Execution;

/// <summary>Arguments checked against a script's YAML: the args object to send, or what was wrong (and where).</summary>
internal sealed record ArgumentBinding(JsonObject? Args, string? Error = null, int? Column = null)
{
    public bool Succeeded => Args is not null;
}
