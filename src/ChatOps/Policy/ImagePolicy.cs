using ChatOps.Options;
using ChatOps.Parsers.Commands;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy;

/// <summary>
/// Which images may be used at all: only those of an allowed organisation (Images:AllowedOrgs; the seeds accept
/// only the organisation's own images, XSOAR's validator DO101), and only by an exact tag, never `:latest` or
/// none (DO100): an image that can change under the same name cannot be vetted once and trusted after.
/// An image to update may be named without a tag: it means the repository, whose newest tag the updater finds.
/// </summary>
public sealed class ImagePolicy(IOptions<ImagesOptions> options)
{
    /// <summary>A refusal saying what was wrong and how to write it right, or null when the image may be used.</summary>
    public string? Check(ImageReference image, ImagePurpose purpose) => Check(image, purpose, options.Value.AllowedOrgs);

    /// <summary>The same rules for callers that hold the options themselves (the create request validator).</summary>
    public static string? Check(ImageReference image, ImagePurpose purpose, IReadOnlyList<string> allowed)
    {
        var what = purpose switch
        {
            ImagePurpose.Base => "base image",
            ImagePurpose.UpdateTarget => "image to update",
            ImagePurpose.Built => "image",
            _ => "script image",
        };
        var example = $"{allowed.FirstOrDefault() ?? "demisto"}/{image.ShortName}:1.0.0.1";
        if (image.Organisation is null || !allowed.Contains(image.Organisation, StringComparer.Ordinal))
        {
            var org = image.Organisation is null ? "no organisation" : $"organisation \"{image.Organisation}\"";
            return $"The {what} {image} belongs to {org}; only images of {string.Join(", ", allowed)} are accepted (e.g. {example}).";
        }
        var tagless = image.Tag is null && purpose != ImagePurpose.UpdateTarget;
        if (tagless || string.Equals(image.Tag, "latest", StringComparison.OrdinalIgnoreCase))
        {
            var tag = image.Tag is null ? "no tag" : "the tag latest";
            // No tag is invented for the example: `/docker_images` shows the ones that exist.
            return $"The {what} {image} has {tag}, which can point at a different image tomorrow; name an exact tag, " +
                   $"{image.Repository}:<version> (`/docker_images name={image.ShortName}` lists the tags there are).";
        }
        return null;
    }
}
