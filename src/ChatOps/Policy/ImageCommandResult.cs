namespace ChatOps.Policy;

/// <summary>How a command in a container ended: its exit code and what it wrote to stdout and stderr.</summary>
public sealed record ImageCommandResult(long ExitCode, string Output, string Error);
