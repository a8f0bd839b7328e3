using System.Collections.Concurrent;
using ChatOps.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy.OsPackages;

/// <summary>
/// Whether a base image has the OS packages asked for, answered from its parsed package index: read from the image
/// once (one container running apt-get update), stored per image id in SQLite and kept in memory, so a check is a
/// few dictionary look-ups. A name that is missing makes the bot read the index again, at most once per
/// Policy:OsPackageIndexMissRefreshAfter (a package new on the mirror is found; a stream of typos costs nothing).
/// Reads of one image never overlap: whoever waits gets the index the first one read.
/// </summary>
internal sealed class OsPackageIndex(
    IImageCommandRunner runner,
    OsPackageIndexReader reader,
    OsPackageIndexStore store,
    TimeProvider time,
    IOptions<PolicyOptions> options)
{
    private readonly ConcurrentDictionary<string, LoadedOsPackageIndex> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _reading = new(StringComparer.Ordinal);

    /// <summary>The packages the base image's index does not have exactly as written, each with what to write instead.</summary>
    /// <exception cref="EngineOperationException">The image is not on the engine or its index could not be read.</exception>
    public async Task<IReadOnlyList<OsPackageProblem>> FindProblemsAsync(string baseImage, IReadOnlyList<OsPackage> packages, CancellationToken cancellationToken)
    {
        if (packages.Count == 0) return [];
        var imageId = await runner.FindImageIdAsync(baseImage, cancellationToken)
            ?? throw new EngineOperationException($"The image {baseImage} is not on the engine; pull or build it first.");
        var index = await GetAsync(imageId, baseImage, cancellationToken);
        var problems = Check(index.Catalog, packages);
        if (problems.Count > 0 && time.GetUtcNow() - index.ReadAt >= options.Value.OsPackageIndexMissRefreshAfter)
        {
            index = await ReadAgainAsync(imageId, baseImage, index.ReadAt, cancellationToken);
            problems = Check(index.Catalog, packages);
        }
        return problems;
    }

    /// <summary>Reads an image's index again unless someone did since <paramref name="readBefore"/> (the scheduled refresh).</summary>
    public async Task<LoadedOsPackageIndex> ReadAgainAsync(string imageId, string image, DateTimeOffset readBefore, CancellationToken cancellationToken)
    {
        var gate = _reading.GetOrAdd(imageId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded.TryGetValue(imageId, out var current) && current.ReadAt > readBefore) return current;
            return await ReadAsync(imageId, image, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the index of an image the engine no longer has.</summary>
    public async Task ForgetAsync(string imageId, CancellationToken cancellationToken)
    {
        _loaded.TryRemove(imageId, out _);
        await store.RemoveAsync(imageId, cancellationToken);
    }

    private async Task<LoadedOsPackageIndex> GetAsync(string imageId, string image, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(imageId, out var loaded)) return loaded;
        var gate = _reading.GetOrAdd(imageId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded.TryGetValue(imageId, out loaded)) return loaded;
            if (await store.FindAsync(imageId, cancellationToken) is { } stored)
                return _loaded[imageId] = new LoadedOsPackageIndex(OsPackageCatalog.Parse(stored.Entries), stored.ReadAt);
            return await ReadAsync(imageId, image, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs the image (by id, so the index is of exactly the content it is stored under), stores and keeps the answer.</summary>
    private async Task<LoadedOsPackageIndex> ReadAsync(string imageId, string image, CancellationToken cancellationToken)
    {
        var entries = await reader.ReadAsync(imageId, image, cancellationToken);
        var readAt = time.GetUtcNow();
        await store.SaveAsync(new StoredOsPackageIndex(imageId, image, readAt, entries), cancellationToken);
        return _loaded[imageId] = new LoadedOsPackageIndex(OsPackageCatalog.Parse(entries), readAt);
    }

    private static List<OsPackageProblem> Check(OsPackageCatalog catalog, IReadOnlyList<OsPackage> packages) =>
        packages.Select(p => catalog.Problem(p) is { } reason ? new OsPackageProblem(p, reason) : null).OfType<OsPackageProblem>().ToList();
}
