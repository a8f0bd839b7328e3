namespace ChatOps.Execution.Loop;

/// <summary>Everything one script run produced, how it ended, and how much output went over the cap.</summary>
public sealed record ScriptRun(IReadOnlyList<ScriptOutput> Outputs, ScriptEnding Ending, long DroppedBytes, long? ExitCode = null)
{
    public bool Truncated => DroppedBytes > 0;

    /// <summary>The files the script returned (file entries), copied out of its container before it was cleaned.</summary>
    public IReadOnlyList<ChatOps.Execution.Files.StoredFile> Files { get; init; } = [];

    public IEnumerable<EntryOutput> Entries => Outputs.OfType<EntryOutput>();
}
