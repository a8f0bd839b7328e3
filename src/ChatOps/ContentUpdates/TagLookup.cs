using ChatOps.Engine;
namespace ChatOps.ContentUpdates;

/// <summary>What is known about one repository's tags: the newest version tag, or why it could not be found out.</summary>
/// <param name="Newest">The newest version tag in the registry and the engine; null when there is none or on error.</param>
/// <param name="Error">Why the tags could not be listed; null when they could.</param>
internal sealed record TagLookup(string Repository, TagVersion? Newest, string? Error);
