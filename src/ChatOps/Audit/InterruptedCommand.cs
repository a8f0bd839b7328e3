namespace ChatOps.Audit;

/// <summary>A command that was received but never completed because the process that ran it died.</summary>
/// <param name="Id">The id of its "received" row.</param>
public sealed record InterruptedCommand(long Id, string At, string Platform, string User, string Channel, string Verb, string Text);
