namespace ChatOps.Execution.Loop;

/// <summary>An entryLog message (demisto.log, print) or a line the script wrote to stderr.</summary>
public sealed record LogOutput(string Text) : ScriptOutput;
