namespace ChatOps.Execution.Loop;

/// <summary>How the reading of one job's answer ended.</summary>
internal enum LoopAnswer
{
    /// <summary>The loop's own `completed` (with the expected token) came: the answer is whole and the container free.</summary>
    Completed,

    /// <summary>
    /// The job's child said its script ended (`answered`): the answer is whole, but the container is still the job's
    /// until the loop's `completed`, which <see cref="LoopSession.AwaitCompletionAsync"/> waits for.
    /// </summary>
    Answered,

    /// <summary>The loop's output ended (the loop died or the container was killed).</summary>
    OutputEnded,
}
