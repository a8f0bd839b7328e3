namespace ChatOps.Telemetry;

/// <summary>One line `chatops serve` says at start about how a part is set up; a warning when it cannot work as configured.</summary>
public sealed record StartupNote(bool IsWarning, string Text)
{
    public static StartupNote Info(string text) => new(false, text);

    public static StartupNote Warning(string text) => new(true, text);
}
