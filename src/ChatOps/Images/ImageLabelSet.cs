using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>Labels on what the bot creates besides images (check containers), so it can always find its own.</summary>
internal sealed class ImageLabelSet(IOptions<ImagesOptions> options)
{
    /// <summary>Marks the short containers that look inside an image, so they can be told from build-step containers.</summary>
    public const string CheckContainer = "org.chatops.check-container";

    public IReadOnlyDictionary<string, string> ForCheckContainer()
    {
        var labels = new Dictionary<string, string>(options.Value.Labels, StringComparer.Ordinal)
        {
            [BuildLabels.Managed] = "true",
            [CheckContainer] = "true",
        };
        return labels;
    }
}
