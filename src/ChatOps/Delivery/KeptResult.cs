using ChatOps.Replies;

namespace ChatOps.Delivery;

/// <summary>A command's result that its platform did not take, kept for the requester's next command in the same channel.</summary>
/// <param name="Line">The command line as typed.</param>
/// <param name="Reason">Why it was not delivered, in words for the requester.</param>
public sealed record KeptResult(string Platform, string User, string Channel, string Line, IReadOnlyList<Reply> Replies, string Reason, DateTimeOffset KeptAt);
