using ChatOps.Engine;
using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// Labels on the containers the image side runs besides builds (check and vetting containers): the shared
/// scheme (<see cref="ManagedLabels"/>) plus the configured Images:Labels, so the bot can always find its own.
/// </summary>
internal sealed class ImageLabelSet(IOptions<ImagesOptions> options)
{
    public IReadOnlyDictionary<string, string> ForCheckContainer()
    {
        var labels = ManagedLabels.For(ManagedLabels.ImageCheck, options.Value.Labels);
        labels[ManagedLabels.CheckContainer] = "true";
        return labels;
    }

    public IReadOnlyDictionary<string, string> ForVettingContainer() => ManagedLabels.For(ManagedLabels.PackageVetting, options.Value.Labels);
}
