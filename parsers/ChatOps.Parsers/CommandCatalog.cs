namespace ChatOps.Parsers;

/// <summary>Every built-in command the grammar knows (scripts come from content and are not listed here).</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandSpec> All { get; } = [];

    public static CommandSpec? Find(string verb) => All.FirstOrDefault(c => c.Verb == verb);
}
