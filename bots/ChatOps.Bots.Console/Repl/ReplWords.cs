namespace ChatOps.Bots.Console.Repl;

/// <summary>The words the REPL answers itself instead of sending them to the war room.</summary>
internal static class ReplWords
{
    public static readonly IReadOnlyList<string> Exit = ["exit", "quit"];

    public static bool IsExit(string line) => Exit.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase);
}
