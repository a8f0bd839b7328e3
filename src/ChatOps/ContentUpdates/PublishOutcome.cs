namespace ChatOps.ContentUpdates;

/// <summary>What became of one image's update: Changed, AlreadyProposed or Failed, with a detail for the report.</summary>
internal sealed record PublishOutcome(ImageUpdate Update, ContentUpdateStatus Status, string Detail);
