using ChatOps.Parsers.Commands;
using System.Text.Json.Nodes;
using ChatOps.Content;

namespace ChatOps.Execution;

/// <summary>
/// Checks given arguments against a script's <c>args:</c> before anything runs: no unknown key (the valid ones
/// are listed), no key twice, every required one present, defaults applied. Values stay as given: XSOAR passes
/// every argument typed in the war room as a string, isArray ones too ("a,b"), and content splits them itself
/// (argToList); a script calling another through executeCommand may pass any JSON, which passes unchanged.
/// </summary>
internal static class ScriptArgumentBinder
{
    public static ArgumentBinding Bind(ContentScript script, IEnumerable<(string Key, JsonNode? Value, int? Column)> given, UnnamedValue? unnamed = null)
    {
        var args = new JsonObject();
        if (unnamed is not null)
        {
            // XSOAR's default argument: the one the YAML marks `default: true` takes a value written without its key.
            if (script.Args.FirstOrDefault(a => a.IsDefault) is not { } target)
                return new ArgumentBinding(null, $"!{script.Name} has no default argument, so every value needs its key: " +
                    (script.Args.Count == 0 ? "it takes no arguments." : "write " + string.Join(" ", script.Args.Take(3).Select(a => a.Name + "=...")) + "."), unnamed.Column);
            given = given.Prepend((target.Name, JsonValue.Create(unnamed.Value), unnamed.Column));
        }
        foreach (var (key, value, column) in given)
        {
            var spec = script.FindArgument(key);
            if (spec is null)
                return new ArgumentBinding(null, $"!{script.Name} has no argument '{key}'. " + (script.Args.Count == 0
                    ? "It takes no arguments."
                    : "Its arguments are: " + string.Join(", ", script.Args.Select(a => a.Name)) + "."), column);
            if (args.ContainsKey(key)) return new ArgumentBinding(null, $"'{key}' is given twice; give it once.", column);
            args[key] = value?.DeepClone();
        }

        foreach (var spec in script.Args.Where(a => !args.ContainsKey(a.Name)))
        {
            if (spec.DefaultValue is { } fallback) args[spec.Name] = fallback;
            else if (spec.Required)
                return new ArgumentBinding(null, $"!{script.Name} needs {spec.Name}=...{(spec.Description.Length > 0 ? " (" + spec.Description + ")" : "")}.");
        }
        return new ArgumentBinding(args);
    }
}
