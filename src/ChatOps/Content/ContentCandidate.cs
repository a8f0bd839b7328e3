namespace ChatOps.Content;

/// <summary>A YAML file the layout says may be an item, and the pack it is in (null outside demisto/content packs).</summary>
internal sealed record ContentCandidate(string Path, string? Pack);
