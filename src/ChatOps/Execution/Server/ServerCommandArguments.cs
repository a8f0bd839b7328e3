namespace ChatOps.Execution.Server;

/// <summary>The arguments each server command typed in chat takes (XSOAR's own YAMLs for them), so a typo is refused before anything changes.</summary>
internal static class ServerCommandArguments
{
    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Table = new(StringComparer.Ordinal)
    {
        ["Print"] = (["value"], ["value"]),
        ["PrintContext"] = ([], []),
        ["Set"] = (["key", "value", "append"], ["key"]),
        ["DeleteContext"] = (["key", "all"], []),
        ["getList"] = (["listName"], ["listName"]),
        ["setList"] = (["listName", "listData"], ["listName"]),
        ["addToList"] = (["listName", "listData", "separator"], ["listName", "listData"]),
        ["removeFromList"] = (["listName", "listData", "separator"], ["listName", "listData"]),
    };

    /// <summary>Null when the keys fit the command, else what is wrong and what it takes.</summary>
    public static string? Check(string command, IReadOnlyCollection<string> keys)
    {
        var (allowed, required) = Table[command];
        var takes = allowed.Length == 0 ? "It takes no arguments." : "Its arguments are: " + string.Join(", ", allowed) + ".";
        if (keys.FirstOrDefault(k => !allowed.Contains(k, StringComparer.Ordinal)) is { } unknown) return $"!{command} has no argument '{unknown}'. {takes}";
        if (keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice) return $"'{twice.Key}' is given twice; give it once.";
        if (required.FirstOrDefault(r => !keys.Contains(r, StringComparer.Ordinal)) is { } missing) return $"!{command} needs {missing}=... {takes}";
        return null;
    }

    public static string Usage(string command)
    {
        var (allowed, required) = Table[command];
        return "!" + command + string.Concat(allowed.Select(a => required.Contains(a) ? $" {a}=..." : $" [{a}=...]"));
    }
}
