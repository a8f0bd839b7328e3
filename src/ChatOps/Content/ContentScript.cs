namespace ChatOps.Content;

/// <summary>An XSOAR-style script from the content folder, code included (unified or from the .py beside it).</summary>
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
    string SourceFile)
{
    public bool IsPython2 => Subtype == "python2";

    public ContentArgument? FindArgument(string name) => Args.FirstOrDefault(a => a.Name == name);
}
