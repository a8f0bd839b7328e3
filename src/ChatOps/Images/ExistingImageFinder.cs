using ChatOps.Engine;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// "Check before creating": an image the bot already built, still in the engine, on the same base, whose verified
/// contents include every requested dependency (version specifier satisfied, same extras asked for) and package.
/// "In the engine" is any answering engine of Docker:Engines: a script finds the image there, or pulls it.
/// </summary>
internal sealed class ExistingImageFinder(ImageMetadataStore metadata, ImagesOnEngines everywhere)
{
    public async Task<ImageRecord?> FindProvidingAsync(ImageSpec spec, CancellationToken cancellationToken)
    {
        foreach (var record in await metadata.ListAsync(cancellationToken))
        {
            if (record.BaseImage != spec.Base.ToString() || !Provides(record, spec)) continue;
            var held = await everywhere.InspectAsync(record.Reference, cancellationToken);
            if (held.Any(h => h.Image.Id == record.ImageId)) return record;
        }
        return null;
    }

    private static bool Provides(ImageRecord record, ImageSpec spec)
    {
        var python = record.Distributions.ToDictionary(d => ImageMetadataStore.NormalisePythonName(d.Name), d => d.Version);
        var os = record.OsPackages.ToDictionary(p => p.Name, p => p.Version, StringComparer.Ordinal);
        return spec.Dependencies.All(d =>
                   python.TryGetValue(ImageMetadataStore.NormalisePythonName(d.Name), out var version)
                   && VersionSpecifier.IsSatisfiedBy(d.Specifier, version)
                   // Extras pull in more distributions than the name: only an image asked for with the same extras has them.
                   && (d.Extras.Count == 0 || record.Requested.Contains($"\"{d.Name}[{string.Join(",", d.Extras)}]", StringComparison.Ordinal)))
               && spec.Packages.All(p => os.TryGetValue(p.Name, out var version) && (p.Version is null || p.Version == version));
    }
}
