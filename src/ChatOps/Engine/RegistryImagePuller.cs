using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// Brings an image that another engine built onto the engine that is about to run it, from Images:Registry, where
/// the bot pushes what it builds. The engine keeps the plain org/name:tag the scripts name, as the building engine
/// does; the registry-qualified tag exists only for the transfer.
/// </summary>
public sealed class RegistryImagePuller(IOptions<ImagesOptions> images)
{
    public bool IsConfigured => Host.Length > 0;

    private string Host => images.Value.Registry.Trim().TrimEnd('/');

    /// <exception cref="EngineOperationException">The registry does not have the image, or the engine could not pull it.</exception>
    public async Task PullAsync(ConnectedEngine engine, string image, CancellationToken cancellationToken)
    {
        var (repository, tag) = Split(image);
        var remote = $"{Host}/{repository}";
        await engine.Images.PullImageAsync(remote, tag, cancellationToken);
        try
        {
            await engine.Images.TagImageAsync($"{remote}:{tag}", repository, tag, cancellationToken);
        }
        finally
        {
            await engine.Images.RemoveImageAsync($"{remote}:{tag}", CancellationToken.None);
        }
    }

    // A colon after the last slash starts the tag; without one the engine's own default applies.
    private static (string Repository, string Tag) Split(string image)
    {
        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? (image[..colon], image[(colon + 1)..]) : (image, "latest");
    }
}
