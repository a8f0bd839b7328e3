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
    /// <summary>Marks the short containers that look inside an image, so they can be told from build-step containers.</summary>
    public const string CheckContainer = "org.chatops.check-container";

    public IReadOnlyDictionary<string, string> ForCheckContainer()
    {
        var labels = For(ManagedLabels.ImageCheck);
        labels[CheckContainer] = "true";
        return labels;
    }

    public IReadOnlyDictionary<string, string> ForVettingContainer() => For(ManagedLabels.PackageVetting);

    private Dictionary<string, string> For(string role) =>
        new(options.Value.Labels, StringComparer.Ordinal)
        {
            [ManagedLabels.Managed] = "true",
            [ManagedLabels.Role] = role,
        };
}
