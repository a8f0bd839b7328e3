using System.Collections.Concurrent;
using ChatOps.Engine;

namespace ChatOps.Images;

/// <summary>
/// Finds a base image's package manager family by reading /etc/os-release in a short container without network.
/// The answer depends only on the image's content, so it is cached per image id (a re-pushed tag gets a new id).
/// </summary>
internal sealed class BaseOsDetector(IImageEngine engine, IOneShotRunner runner, ImageLabelSet labels)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<BaseOs>>> _byImageId = new();

    /// <exception cref="ImageCreateException">The base is missing or is neither Debian- nor Alpine-like.</exception>
    public async Task<BaseOs> DetectAsync(string baseImage, CancellationToken cancellationToken)
    {
        var image = await engine.InspectImageAsync(baseImage, cancellationToken)
            ?? throw new ImageCreateException($"base image {baseImage} is not in the engine; pull or create it first.");
        var detection = _byImageId.GetOrAdd(image.Id, id => new Lazy<Task<BaseOs>>(() => ReadAsync(id, baseImage)));
        try
        {
            return await detection.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (detection.Value.IsFaulted)
        {
            _byImageId.TryRemove(image.Id, out _); // a failed look is not an answer worth keeping
            throw;
        }
    }

    private async Task<BaseOs> ReadAsync(string imageId, string baseImage)
    {
        var run = await runner.RunAsync(new EngineRunRequest(imageId, ["/etc/os-release"], labels.ForCheckContainer(), Entrypoint: "cat"), CancellationToken.None);
        if (run.ExitCode != 0)
            throw new ImageCreateException($"base image {baseImage} has no readable /etc/os-release ({run.StandardError.Trim()}); only Debian and Alpine bases are supported.");
        return Parse(run.StandardOutput) ?? throw new ImageCreateException($"base image {baseImage} is neither Debian- nor Alpine-based; only those are supported.");
    }

    /// <summary>ID / ID_LIKE of an os-release file to a family; null when it is neither.</summary>
    public static BaseOs? Parse(string osRelease)
    {
        var fields = osRelease.Split('\n')
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim().Trim('"'), StringComparer.Ordinal);
        var ids = $"{fields.GetValueOrDefault("ID")} {fields.GetValueOrDefault("ID_LIKE")}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Contains("alpine")) return BaseOs.Alpine;
        if (ids.Contains("debian") || ids.Contains("ubuntu")) return BaseOs.Debian;
        return null;
    }
}
