using Microsoft.Extensions.Logging;

namespace ChatOps.Content;

/// <summary>
/// The scripts of the content folder (every *.yml / *.yaml below it), loaded once. A file that does not load is
/// reported with file and line and skipped; the rest still load.
/// </summary>
internal sealed class ContentLibrary
{
    private readonly Dictionary<string, ContentScript> _byName;

    public ContentLibrary(string folder, ILogger<ContentLibrary>? logger = null)
    {
        Folder = folder;
        var errors = new List<ContentLoadError>();
        _byName = new Dictionary<string, ContentScript>(StringComparer.Ordinal);
        foreach (var file in YamlFiles(folder, errors))
        {
            try
            {
                var script = ContentScriptReader.Read(file);
                if (_byName.TryGetValue(script.Name, out var first))
                    errors.Add(new ContentLoadError(file, null, $"a script named {script.Name} was already loaded from {first.SourceFile}"));
                else
                    _byName[script.Name] = script;
            }
            catch (ContentFormatException exception)
            {
                errors.Add(new ContentLoadError(file, exception.Line, exception.Message));
            }
            catch (IOException exception)
            {
                errors.Add(new ContentLoadError(file, null, exception.Message));
            }
        }
        Errors = errors;
        foreach (var error in errors) logger?.LogWarning("Content script not loaded: {Error}", error);
        logger?.LogInformation("Loaded {Count} content scripts from {Folder}", _byName.Count, folder);
    }

    public string Folder { get; }

    public IReadOnlyList<ContentLoadError> Errors { get; }

    public IReadOnlyList<ContentScript> Scripts => _byName.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public ContentScript? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>A script whose name differs only in case, to suggest when a name is not found.</summary>
    public ContentScript? FindIgnoringCase(string name) =>
        _byName.Values.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> YamlFiles(string folder, List<ContentLoadError> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new ContentLoadError(folder, null, "the content folder does not exist (set Content:Folder)"));
            return [];
        }
        return Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }
}
