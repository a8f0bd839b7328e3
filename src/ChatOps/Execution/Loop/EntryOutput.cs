using System.Text.Json;

namespace ChatOps.Execution.Loop;

/// <summary>One war-room entry from a result message: Type, Contents, ContentsFormat as XSOAR shapes them.</summary>
public sealed record EntryOutput(JsonElement Entry) : ScriptOutput;
