namespace ChatOps.Parsers.Commands;

/// <summary>An image as written in chat: "demisto/name" or "demisto/name:1.0.0.12". Lower case, no registry host.</summary>
public sealed record ImageReference(string Repository, string? Tag)
{
    /// <summary>The organisation part ("demisto" in "demisto/name"), or null for a bare name.</summary>
    public string? Organisation => Repository.Contains('/') ? Repository[..Repository.IndexOf('/')] : null;

    /// <summary>The last path segment ("name" in "demisto/name").</summary>
    public string ShortName => Repository[(Repository.LastIndexOf('/') + 1)..];

    public override string ToString() => Tag is null ? Repository : $"{Repository}:{Tag}";
}
