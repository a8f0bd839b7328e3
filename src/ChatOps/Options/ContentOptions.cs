namespace ChatOps.Options;

/// <summary>Section "Content": where the XSOAR-style script YAML lives.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// Folder of content YAML, relative to the working directory or absolute: our own layout or a demisto/content
    /// checkout. Default "content".
    /// </summary>
    public string Folder { get; set; } = "content";

    /// <summary>
    /// How stale the loaded content may be: on use, at most once per interval, the folder is scanned for
    /// changed, added and removed items. Default 2 s.
    /// </summary>
    public TimeSpan RescanInterval { get; set; } = Content.ContentLibrary.DefaultRescanInterval;
}
