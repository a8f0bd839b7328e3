namespace ChatOps.Engine;

/// <summary>Where a build is: the step the engine announced ("Step 3/7 : RUN ...") and the latest output line.</summary>
public sealed record EngineBuildProgress(int? Step, int? TotalSteps, string Line);
