namespace ChatOps.Bots.Console;

/// <summary>Section "Console": the REPL's prompt and history. The history file lives in the storage folder.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Shown before each line. Default "warroom> ".</summary>
    public string Prompt { get; set; } = "warroom> ";

    /// <summary>Lines of history kept across sessions. Default 1000.</summary>
    public int HistorySize { get; set; } = 1000;

    /// <summary>History file name inside Storage:Folder. Default "history".</summary>
    public string HistoryFile { get; set; } = "history";
}
