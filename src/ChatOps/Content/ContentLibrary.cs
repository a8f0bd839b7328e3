using Microsoft.Extensions.Logging;

namespace ChatOps.Content;

/// <summary>
/// The scripts and integrations of the content folder (our own layout or a demisto/content checkout, see
/// ContentFileFinder), kept current without a restart. A file that does not load is reported with file and
/// line and skipped; the rest still load.
/// </summary>
/// <remarks>
/// Changes are found by a scan of write times on access, at most once per rescan interval, rather than by a
/// FileSystemWatcher: on Linux a watcher needs an inotify watch per folder (a content checkout has tens of
/// thousands, past the default limits), drops events when its queue overflows, and hears nothing on network
/// and bind mounts. A scan lists the item folders and stats each candidate (about 70 ms for 4,000 items on the
/// 2-core machine), reads only the files whose stamp changed, and costs nothing while nobody uses content.
/// </remarks>
internal sealed class ContentLibrary
{
    public static readonly TimeSpan DefaultRescanInterval = TimeSpan.FromSeconds(2);

    private const string MissingFolder = "the content folder does not exist (set Content:Folder)";

    private readonly ILogger? _logger;
    private readonly bool _python2Available;
    private readonly TimeSpan _rescanInterval;
    private readonly TimeProvider _time;
    private readonly Lock _scanLock = new();
    private readonly Dictionary<string, LoadedContentFile> _files = new(StringComparer.Ordinal);
    private ContentSnapshot _snapshot = new([], null);
    private long _lastScan;
    private bool _scanned;
    private ContentLoadError? _folderError;

    /// <param name="python2Available">Whether python2 items without a dockerimage can run (Executor:DefaultPython2Image is set).</param>
    /// <param name="rescanInterval">How stale the library may be: at most one scan per interval. Default 2 s.</param>
    /// <param name="scanNow">Read the folder now; false reads it at first use, so a process that needs no content
    /// (`chatops exec "/docker_images"`) reads no YAML.</param>
    public ContentLibrary(string folder, ILogger<ContentLibrary>? logger = null, bool python2Available = true, TimeSpan? rescanInterval = null, TimeProvider? time = null, bool scanNow = true)
    {
        Folder = folder;
        _logger = logger;
        _python2Available = python2Available;
        _rescanInterval = rescanInterval ?? DefaultRescanInterval;
        _time = time ?? TimeProvider.System;
        if (scanNow) lock (_scanLock) Scan();
    }

    public string Folder { get; }

    public IReadOnlyList<ContentLoadError> Errors => Current.Errors;

    public IReadOnlyList<ContentScript> Scripts => Current.Scripts;

    public IReadOnlyList<ContentIntegration> Integrations => Current.Integrations;

    /// <summary>The script named so, runnable or not (a caller says why not from its NotRunnableReason).</summary>
    public ContentScript? Find(string name) => Current.FindScript(name);

    /// <summary>A script whose name differs only in case, to suggest when a name is not found.</summary>
    public ContentScript? FindIgnoringCase(string name) => Current.FindScriptIgnoringCase(name);

    /// <summary>The integrations that declare a command of this name, by integration name; none is an empty list.</summary>
    public IReadOnlyList<ContentIntegration> FindCommand(string name) => Current.FindCommand(name);

    private ContentSnapshot Current
    {
        get
        {
            // A library made without scanning scans at first use, and that first use waits: before it there is
            // nothing to answer with.
            if (!Volatile.Read(ref _scanned))
                lock (_scanLock)
                    if (!_scanned) Scan();
            if (_time.GetElapsedTime(Interlocked.Read(ref _lastScan)) >= _rescanInterval && _scanLock.TryEnter())
            {
                // Whoever finds the scan taken goes on with the snapshot it has rather than wait for the new one.
                try
                {
                    if (_time.GetElapsedTime(Interlocked.Read(ref _lastScan)) >= _rescanInterval) Scan();
                }
                finally
                {
                    _scanLock.Exit();
                }
            }
            return Volatile.Read(ref _snapshot);
        }
    }

    /// <summary>Rereads what changed since the last scan and swaps in a new snapshot if anything did. Under _scanLock.</summary>
    private void Scan()
    {
        try
        {
            if (Directory.Exists(Folder)) Rescan();
            else if (!_scanned || _folderError?.Message != MissingFolder)
                Publish(new ContentLoadError(Folder, null, MissingFolder), [], 0, _files.Keys.ToList());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The folder changed under the scan (a checkout being switched, a folder deleted): keep what was
            // loaded, say why it may be stale, and try again at the next interval.
            Publish(new ContentLoadError(Folder, null, "the content folder could not be read: " + exception.Message), null, 0, []);
        }
        finally
        {
            Interlocked.Exchange(ref _lastScan, _time.GetTimestamp());
        }
    }

    private void Rescan()
    {
        var candidates = ContentFileFinder.Find(Folder);
        var changed = candidates
            .Select(c => (Candidate: c, Stamp: ContentFileStamp.Of(c.Path)))
            .Where(s => !_files.TryGetValue(s.Candidate.Path, out var known) || known.Stamp != s.Stamp)
            .ToList();
        var present = candidates.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var removed = _files.Keys.Where(path => !present.Contains(path)).ToList();
        if (_scanned && changed.Count == 0 && removed.Count == 0 && _folderError is null) return;

        // One after another: parsing allocates so much that on two cores a parallel first load was slower
        // (4,000 items: 2.1 s against 1.4 s), the threads waiting on the GC rather than the disk.
        foreach (var (candidate, stamp) in changed)
            _files[candidate.Path] = ContentItemReader.Load(candidate, stamp, _python2Available);
        Publish(null, candidates, changed.Count, removed);
    }

    /// <param name="candidates">The files that are there now, in path order; null to keep every file loaded so far.</param>
    private void Publish(ContentLoadError? folderError, List<ContentCandidate>? candidates, int changed, List<string> removed)
    {
        foreach (var path in removed) _files.Remove(path);
        var files = candidates is null ? _files.Values.OrderBy(f => f.Candidate.Path, StringComparer.Ordinal) : candidates.Select(c => _files[c.Path]);
        var previous = _snapshot;
        var next = new ContentSnapshot(files, folderError);
        Volatile.Write(ref _snapshot, next);
        Report(previous, next, changed, removed.Count);
        _scanned = true;
        _folderError = folderError;
    }

    private void Report(ContentSnapshot previous, ContentSnapshot next, int changed, int removed)
    {
        if (_logger is null) return;
        var known = previous.Errors.ToHashSet();
        foreach (var error in next.Errors.Where(e => !known.Contains(e))) _logger.LogWarning("Content not loaded: {Error}", error);
        var notRunnable = next.Scripts.Count(s => !s.IsRunnable);
        _logger.LogInformation(
            "{Verb} {Scripts} content scripts ({NotRunnable} not runnable here) and {Integrations} integrations from {Folder} ({Changed} files read, {Removed} gone)",
            _scanned ? "Reloaded" : "Loaded",
            next.Scripts.Count, notRunnable, next.Integrations.Count, Folder, changed, removed);
    }
}
