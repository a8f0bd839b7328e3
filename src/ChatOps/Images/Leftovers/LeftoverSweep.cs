namespace ChatOps.Images.Leftovers;

/// <summary>What one sweep removed.</summary>
internal sealed record LeftoverSweep(int StagingTags, int Containers);
