namespace ChatOps.Content;

/// <summary>
/// An XSOAR-style script from the content folder, code included (unified or from the .py beside it; empty for
/// JavaScript and PowerShell, which are listed but never run). Pack is the demisto/content pack it came from,
/// null in our own layout. NotRunnableReason says why it cannot run here (fit for chat), null when it can.
/// Tags are the YAML's tags, which a "scripts.run:tag:Name" grant goes by.
/// </summary>
internal sealed record ContentScript(
    string Id,
    string Name,
    string Comment,
    string Type,
    string Subtype,
    string? DockerImage,
    IReadOnlyList<ContentArgument> Args,
    bool RunOnce,
    string Code,
    string SourceFile,
    string? Pack = null,
    string? NotRunnableReason = null,
    IReadOnlyList<string>? Tags = null)
{
    public bool IsPython2 => Subtype == ContentLanguage.Python2;

    public bool IsRunnable => NotRunnableReason is null;

    public ContentArgument? FindArgument(string name) => Args.FirstOrDefault(a => a.Name == name);
}
