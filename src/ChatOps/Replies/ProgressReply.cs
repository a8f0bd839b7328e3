namespace ChatOps.Replies;

/// <summary>
/// Where a long operation is now. Adapters replace the previous progress of the same Activity rather than
/// appending (a progress bar in the console, an edited message in Slack and Discord).
/// </summary>
/// <param name="Activity">What is running, e.g. "build demisto/example:1.0.0.3"; stable for one operation.</param>
/// <param name="Message">The current step or line.</param>
/// <param name="Step">1-based step when known.</param>
/// <param name="TotalSteps">Number of steps when known.</param>
public sealed record ProgressReply(string Activity, string Message, int? Step = null, int? TotalSteps = null) : Reply
{
    /// <summary>
    /// The stage of the operation in words a user knows ("checking the packages", "installing OS packages"),
    /// the same on every platform; null when the operation has no stages.
    /// </summary>
    public string? Stage { get; init; }

    /// <summary>How long the operation has been running, measured where it runs; null when not measured.</summary>
    public TimeSpan? Elapsed { get; init; }
}
