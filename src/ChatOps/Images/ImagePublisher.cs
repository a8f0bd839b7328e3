using ChatOps.Engine;
using ChatOps.Registry;
using ChatOps.Replies;

namespace ChatOps.Images;

/// <summary>
/// Moves images between the engine and the configured registry. The registry-qualified name
/// (host:port/org/name:tag) exists only for the transfer; the engine keeps the plain org/name:tag.
/// </summary>
internal sealed class ImagePublisher(IImageEngine engine, RegistryClient registry, TagAllocator tags)
{
    public async Task PushAsync(string repository, string tag, IProgress<Reply> progress, string activity, CancellationToken cancellationToken)
    {
        if (!registry.IsConfigured) return;
        var remote = $"{registry.Host}/{repository}";
        progress.Report(new ProgressReply(activity, $"pushing to {remote}:{tag}"));
        await engine.TagImageAsync($"{repository}:{tag}", remote, tag, cancellationToken);
        try
        {
            await engine.PushImageAsync(remote, tag, cancellationToken);
        }
        finally
        {
            await engine.RemoveImageAsync($"{remote}:{tag}", CancellationToken.None);
        }
    }

    /// <summary>Pulls repository:tag from the registry and names it repository:tag in the engine; returns the image id.</summary>
    public async Task<string> PullAsync(string repository, string tag, CancellationToken cancellationToken)
    {
        var remote = $"{registry.Host}/{repository}";
        await engine.PullImageAsync(remote, tag, cancellationToken);
        try
        {
            var pulled = await engine.InspectImageAsync($"{remote}:{tag}", cancellationToken)
                ?? throw new EngineOperationException($"pull of {remote}:{tag} reported success but the engine does not hold it");
            await tags.ApplyAsync(pulled.Id, repository, tag, cancellationToken); // never over a local tag of that name
            return pulled.Id;
        }
        finally
        {
            await engine.RemoveImageAsync($"{remote}:{tag}", CancellationToken.None);
        }
    }
}
