using System.Text.Json;

namespace ChatOps.Images;

/// <summary>The requested dependencies, package names and base read back from a stored org.chatops.spec JSON.</summary>
internal sealed record ImageSpecRequest(IReadOnlyList<string> Dependencies, IReadOnlyList<string> Packages, string Base)
{
    public static ImageSpecRequest Parse(string specJson)
    {
        using var document = JsonDocument.Parse(specJson);
        var root = document.RootElement;
        return new ImageSpecRequest(
            root.GetProperty("dependencies").EnumerateArray().Select(e => e.GetString()!).ToList(),
            root.GetProperty("packages").EnumerateArray().Select(e => e.GetString()!.Split('=')[0]).ToList(),
            root.TryGetProperty("base", out var baseImage) ? baseImage.GetString() ?? "" : "");
    }

    /// <summary>Null for a missing or malformed label (an image from elsewhere may carry anything).</summary>
    public static ImageSpecRequest? TryParse(string? specJson)
    {
        if (specJson is null) return null;
        try
        {
            return Parse(specJson);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
