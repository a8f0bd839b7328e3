namespace ChatOps.Execution;

/// <summary>
/// Content names the images its authors use (demisto/python3:3.10.13.83255, devdemisto/...), which a host that
/// cannot reach Docker Hub does not have. Executor:ImageMap maps them to local images: an exact image first,
/// then its repository with any tag ("demisto/python3" -> "demisto/python3-deb:3.11.2.1").
/// </summary>
internal sealed class ImageMap(IReadOnlyDictionary<string, string> entries)
{
    /// <summary>The local image for an image content names (itself when nothing maps it).</summary>
    public string Map(string image)
    {
        if (entries.TryGetValue(image, out var exact) && exact.Length > 0) return exact;
        var colon = image.LastIndexOf(':');
        var repository = colon > image.LastIndexOf('/') ? image[..colon] : image;
        return entries.TryGetValue(repository, out var any) && any.Length > 0 ? any : image;
    }

    /// <summary>True when configuration maps this image to another.</summary>
    public bool Maps(string image) => Map(image) != image;

    /// <summary>How to make an image content names usable here, for messages.</summary>
    public static string HowToMap(string image)
    {
        var colon = image.LastIndexOf(':');
        var repository = colon > image.LastIndexOf('/') ? image[..colon] : image;
        return $"map it to a local image in appsettings.json (\"Executor\": {{\"ImageMap\": {{\"{repository}\": \"demisto/python3-deb:3.11.2.1\"}}}}, or the exact \"{image}\"), " +
               "or build one with /docker_image_create";
    }
}
