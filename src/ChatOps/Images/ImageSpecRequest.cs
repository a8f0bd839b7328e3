using System.Text.Json;

namespace ChatOps.Images;

/// <summary>The requested dependencies and package names read back from a stored org.chatops.spec JSON.</summary>
internal sealed record ImageSpecRequest(IReadOnlyList<string> Dependencies, IReadOnlyList<string> Packages)
{
    public static ImageSpecRequest Parse(string specJson)
    {
        using var document = JsonDocument.Parse(specJson);
        var root = document.RootElement;
        return new ImageSpecRequest(
            root.GetProperty("dependencies").EnumerateArray().Select(e => e.GetString()!).ToList(),
            root.GetProperty("packages").EnumerateArray().Select(e => e.GetString()!.Split('=')[0]).ToList());
    }
}
