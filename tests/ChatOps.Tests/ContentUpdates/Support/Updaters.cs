using ChatOps.ContentUpdates;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Registry;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>Builds a ContentUpdater the way DI does, over a given engine and registry (host:port, empty for none).</summary>
internal static class Updaters
{
    public static ContentUpdater Create(IImageLister engine, string registry = "", ContentUpdatesOptions? options = null, HttpClient? http = null)
    {
        var images = MsOptions.Create(new ImagesOptions { Registry = registry, AllowedOrgs = ["demisto"] });
        var updates = MsOptions.Create(options ?? new ContentUpdatesOptions());
        var registryClient = new RegistryClient(http ?? new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, images);
        return new ContentUpdater(new ContentWorkspaceFactory(new GitRunner(updates), updates), new NewestTagFinder(engine, registryClient, updates), images, updates);
    }

    /// <summary>The report as "file key image tag->newest status" lines, easy to compare whole.</summary>
    public static IReadOnlyList<string> Lines(ContentUpdateReport report) =>
        report.Entries.Select(e => $"{e.File} {e.Item} {e.Key} {e.Image}:{e.CurrentTag} -> {e.NewestTag} {e.Status}").ToList();
}
