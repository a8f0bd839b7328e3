namespace ChatOps.Bots.Console.Repl;

/// <summary>What the host tells the REPL: how it greets, prompts and where its history lives.</summary>
/// <param name="Welcome">The first line shown (what to type, which engine and base image are configured).</param>
/// <param name="Prompt">Shown before each line, e.g. "warroom> ".</param>
/// <param name="HistoryPath">File of earlier sessions' lines; null keeps history in memory only.</param>
/// <param name="HistorySize">Most lines kept.</param>
/// <param name="User">Who types, as the war room records it.</param>
internal sealed record ReplSettings(string Welcome, string Prompt, string? HistoryPath, int HistorySize, string User);
