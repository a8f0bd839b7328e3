namespace ChatOps.Engine;

/// <summary>A build the engine refused or that failed in a step: the step (when known), the engine's error and the tail of the log.</summary>
public sealed class EngineBuildException(string error, string? failingStep, IReadOnlyList<string> lastLines)
    : EngineOperationException(failingStep is null ? error : $"{failingStep}: {error}")
{
    public string Error { get; } = error;

    public string? FailingStep { get; } = failingStep;

    public IReadOnlyList<string> LastLines { get; } = lastLines;
}
