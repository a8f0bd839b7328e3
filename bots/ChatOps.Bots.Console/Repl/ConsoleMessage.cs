namespace ChatOps.Bots.Console.Repl;

/// <summary>A console line as the war room takes it: platform and channel "console".</summary>
internal static class ConsoleMessage
{
    public const string Platform = "console";

    public static ChatMessage From(string user, string line) => new(Platform, user, Platform, line);
}
