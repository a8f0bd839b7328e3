namespace ChatOps.Content;

/// <summary>
/// An XSOAR integration from the content folder: its instance parameters, the commands it declares and how it
/// runs. Users address it by its commands, so its name may hold spaces (<c>Tor Exit Addresses Feed</c>).
/// Code as for scripts: unified or from the .py beside the YAML, empty for JavaScript and PowerShell.
/// </summary>
internal sealed record ContentIntegration(
    string Id,
    string Name,
    string Display,
    string Category,
    string Description,
    IReadOnlyList<IntegrationParam> Params,
    IReadOnlyList<IntegrationCommand> Commands,
    string Type,
    string Subtype,
    string? DockerImage,
    bool IsFetch,
    bool IsLongRunning,
    bool IsFeed,
    bool RunOnce,
    string Code,
    string SourceFile,
    string? Pack,
    string? NotRunnableReason)
{
    public bool IsPython2 => Subtype == ContentLanguage.Python2;

    public bool IsRunnable => NotRunnableReason is null;

    public IntegrationCommand? FindCommand(string name) => Commands.FirstOrDefault(c => c.Name == name);
}
