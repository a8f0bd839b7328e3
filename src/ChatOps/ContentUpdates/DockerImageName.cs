using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ChatOps.ContentUpdates;

/// <summary>
/// An image as content names it: "demisto/name:1.0.0.12". Repository components follow the Docker reference
/// grammar (lower case, digits, separators inside), so a repository can become part of a branch name and a
/// registry URL without escaping. A first component with a dot or a colon is a registry host.
/// </summary>
internal sealed partial record DockerImageName(string Repository, string? Tag)
{
    /// <summary>The first path component: the organisation ("demisto"), or a registry host when it has a dot or colon.</summary>
    public string? Organisation => Repository.Contains('/') ? Repository[..Repository.IndexOf('/')] : null;

    public override string ToString() => Tag is null ? Repository : $"{Repository}:{Tag}";

    public static bool TryParse(string text, [NotNullWhen(true)] out DockerImageName? image)
    {
        image = null;
        if (text.Length > 255) return false;
        var match = Reference().Match(text);
        if (!match.Success) return false;
        image = new DockerImageName(match.Groups["repo"].Value, match.Groups["tag"].Success ? match.Groups["tag"].Value : null);
        return true;
    }

    // Optional host[:port]/, then name components, then an optional :tag. No digests: content pins tags.
    [GeneratedRegex(@"^(?<repo>(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?$")]
    private static partial Regex Reference();
}
