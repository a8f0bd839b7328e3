using Microsoft.Extensions.Logging;

namespace ChatOps.Content;

/// <summary>
/// The scripts and integrations of the content folder (our own layout or a demisto/content checkout, see
/// ContentFileFinder), loaded once. A file that does not load is reported with file and line and skipped; the
/// rest still load.
/// </summary>
internal sealed class ContentLibrary
{
    private readonly ContentSnapshot _snapshot;

    /// <param name="python2Available">Whether python2 items without a dockerimage can run (Executor:DefaultPython2Image is set).</param>
    public ContentLibrary(string folder, ILogger<ContentLibrary>? logger = null, bool python2Available = true)
    {
        Folder = folder;
        var folderError = Directory.Exists(folder) ? null : new ContentLoadError(folder, null, "the content folder does not exist (set Content:Folder)");
        var candidates = folderError is null ? ContentFileFinder.Find(folder) : [];
        _snapshot = new ContentSnapshot(candidates.Select(c => ContentItemReader.Load(c, python2Available)), folderError);
        foreach (var error in _snapshot.Errors) logger?.LogWarning("Content not loaded: {Error}", error);
        logger?.LogInformation("Loaded {Scripts} content scripts ({NotRunnable} not runnable here) and {Integrations} integrations from {Folder}",
            _snapshot.Scripts.Count, _snapshot.Scripts.Count(s => !s.IsRunnable), _snapshot.Integrations.Count, folder);
    }

    public string Folder { get; }

    public IReadOnlyList<ContentLoadError> Errors => _snapshot.Errors;

    public IReadOnlyList<ContentScript> Scripts => _snapshot.Scripts;

    public IReadOnlyList<ContentIntegration> Integrations => _snapshot.Integrations;

    /// <summary>The script named so, runnable or not (a caller says why not from its NotRunnableReason).</summary>
    public ContentScript? Find(string name) => _snapshot.FindScript(name);

    /// <summary>A script whose name differs only in case, to suggest when a name is not found.</summary>
    public ContentScript? FindIgnoringCase(string name) => _snapshot.FindScriptIgnoringCase(name);

    /// <summary>The integrations that declare a command of this name, by integration name; none is an empty list.</summary>
    public IReadOnlyList<ContentIntegration> FindCommand(string name) => _snapshot.FindCommand(name);
}
