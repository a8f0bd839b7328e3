namespace ChatOps.Execution.Loop;

/// <summary>An exception message: the traceback lines of an error the script did not handle.</summary>
public sealed record ExceptionOutput(IReadOnlyList<string> Traceback) : ScriptOutput;
