namespace ChatOps.Execution.Loop;

/// <summary>How a script run ended.</summary>
public enum ScriptEnding
{
    /// <summary>The answer ended normally: the job's `answered` or the loop's `completed` (the script may still have failed: see its outputs).</summary>
    Completed,

    /// <summary>It ran past the timeout; the container was killed.</summary>
    TimedOut,

    /// <summary>The loop process went away (the script ended it, or the container died).</summary>
    LoopEnded,

    /// <summary>The container hit its memory limit and the kernel killed the loop.</summary>
    OutOfMemory,
}
