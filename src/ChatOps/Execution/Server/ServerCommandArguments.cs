using ChatOps.Parsers.Commands;

namespace ChatOps.Execution.Server;

/// <summary>The arguments each server command typed in chat takes (XSOAR's own YAMLs for them), so a typo is refused before anything changes.</summary>
internal static class ServerCommandArguments
{
    /// <summary>The argument a value written without its key goes to (XSOAR's YAMLs mark it <c>default: true</c>).</summary>
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["Print"] = "value",
        ["DeleteContext"] = "key",
        ["getList"] = "listName",
    };

    private static readonly Dictionary<string, (string[] Allowed, string[] Required, string Does)> Table = new(StringComparer.Ordinal)
    {
        ["Print"] = (["value"], ["value"], "Prints the value in the war room."),
        ["PrintContext"] = ([], [], "Shows this war room's context."),
        ["Set"] = (["key", "value", "append"], ["key"], "Sets key (a dotted path, A.B) in this war room's context to value (JSON when it is JSON); append=true adds to what is there."),
        ["DeleteContext"] = (["key", "all"], [], "Deletes key (a dotted path) from this war room's context, or everything with all=yes."),
        ["getList"] = (["listName"], ["listName"], "Shows a list (lists are shared by every war room)."),
        ["setList"] = (["listName", "listData"], ["listName"], "Creates or replaces a list."),
        ["addToList"] = (["listName", "listData", "separator"], ["listName", "listData"], "Adds an item to a list (separator: ',' by default)."),
        ["removeFromList"] = (["listName", "listData", "separator"], ["listName", "listData"], "Removes an item from a list."),
    };

    /// <summary>The command's key=value arguments with a value written without its key put under its default argument.</summary>
    public static IReadOnlyList<ScriptArgument> Named(RunScriptCommand command, out string? problem)
    {
        problem = null;
        if (command.Unnamed is not { } unnamed) return command.Arguments;
        if (!Defaults.TryGetValue(command.ScriptName, out var target))
        {
            // The usage line goes with the error on its own; written here as well it would be said twice.
            problem = $"!{command.ScriptName} has no default argument, so every value needs its key.";
            return command.Arguments;
        }
        return [new ScriptArgument(target, unnamed.Value, unnamed.Column), .. command.Arguments];
    }

    /// <summary>What the command does, for help.</summary>
    public static string Does(string command) => Table[command].Does;

    /// <summary>Null when the keys fit the command, else what is wrong and what it takes.</summary>
    public static string? Check(string command, IReadOnlyCollection<string> keys)
    {
        var (allowed, required, _) = Table[command];
        var takes = allowed.Length == 0 ? "It takes no arguments." : "Its arguments are: " + string.Join(", ", allowed) + ".";
        if (keys.FirstOrDefault(k => !allowed.Contains(k, StringComparer.Ordinal)) is { } unknown) return $"!{command} has no argument '{unknown}'. {takes}";
        if (keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice) return $"'{twice.Key}' is given twice; give it once.";
        if (required.FirstOrDefault(r => !keys.Contains(r, StringComparer.Ordinal)) is { } missing) return $"!{command} needs {missing}=... {takes}";
        return null;
    }

    public static string Usage(string command)
    {
        var (allowed, required, _) = Table[command];
        return "!" + command + string.Concat(allowed.Select(a => required.Contains(a) ? $" {a}=..." : $" [{a}=...]"));
    }
}
