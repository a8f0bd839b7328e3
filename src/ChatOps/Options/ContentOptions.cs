namespace ChatOps.Options;

/// <summary>Section "Content": where the XSOAR-style script YAML lives.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder of content YAML, relative to the working directory or absolute. Default "content".</summary>
    public string Folder { get; set; } = "content";
}
