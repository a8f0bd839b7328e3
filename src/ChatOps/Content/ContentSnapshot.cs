namespace ChatOps.Content;

/// <summary>
/// The content as of one scan, never changed afterwards: a rescan builds a new snapshot and swaps it in, so a
/// reader in the middle of a command always sees one consistent library.
/// </summary>
internal sealed class ContentSnapshot
{
    private readonly Dictionary<string, ContentScript> _scripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContentIntegration>> _byCommand = new(StringComparer.Ordinal);

    /// <param name="files">In path order: of two items with one name, the first is kept and the second reported.</param>
    /// <param name="folderError">Why the folder itself could not be read, if it could not.</param>
    public ContentSnapshot(IEnumerable<LoadedContentFile> files, ContentLoadError? folderError)
    {
        var errors = folderError is null ? new List<ContentLoadError>() : [folderError];
        var integrations = new Dictionary<string, ContentIntegration>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Error is { } error) errors.Add(error);
            else if (file.Script is { } script && !_scripts.TryAdd(script.Name, script))
                errors.Add(Duplicate(file, "a script", script.Name, _scripts[script.Name].SourceFile));
            else if (file.Integration is { } integration && !integrations.TryAdd(integration.Name, integration))
                errors.Add(Duplicate(file, "an integration", integration.Name, integrations[integration.Name].SourceFile));
        }
        Errors = errors;
        Scripts = _scripts.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        Integrations = integrations.Values.OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        foreach (var integration in Integrations)
        foreach (var command in integration.Commands.Select(c => c.Name).Distinct(StringComparer.Ordinal))
        {
            if (!_byCommand.TryGetValue(command, out var declaring)) _byCommand[command] = declaring = [];
            declaring.Add(integration);
        }
    }

    public IReadOnlyList<ContentScript> Scripts { get; }

    public IReadOnlyList<ContentIntegration> Integrations { get; }

    public IReadOnlyList<ContentLoadError> Errors { get; }

    public ContentScript? FindScript(string name) => _scripts.GetValueOrDefault(name);

    public ContentScript? FindScriptIgnoringCase(string name) =>
        Scripts.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<ContentIntegration> FindCommand(string name) => _byCommand.TryGetValue(name, out var declaring) ? declaring : [];

    private static ContentLoadError Duplicate(LoadedContentFile file, string kind, string name, string first) =>
        new(file.Candidate.Path, null, $"{kind} named {name} was already loaded from {first}");
}
