namespace ChatOps.Execution.Loop;

/// <summary>
/// What came after a job's answer: whether the loop's `completed` did (else its output ended), and how many lines
/// were read between the answer's end and it, which belong to no answer (a job that cut its own answer short, a
/// thread still writing as its process was killed).
/// </summary>
internal readonly record struct LoopCompletion(bool Completed, int DiscardedLines);
