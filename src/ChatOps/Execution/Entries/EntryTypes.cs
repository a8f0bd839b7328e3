using System.Text.Json;

namespace ChatOps.Execution.Entries;

/// <summary>The entry Type numbers of XSOAR (CommonServerPython's entryTypes) that the war room treats differently.</summary>
internal static class EntryTypes
{
    public const int Note = 1;
    public const int File = 3;
    public const int Error = 4;
    public const int Image = 7;
    public const int EntryInfoFile = 9;
    public const int Warning = 11;

    /// <summary>An entry's Type; a note when it has none (XSOAR's default), as the war room reads every entry.</summary>
    public static int Of(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("Type", out var type) && type.TryGetInt32(out var number) ? number : Note;

    public static bool IsError(JsonElement entry) => Of(entry) == Error;
}
