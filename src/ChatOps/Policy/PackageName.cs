using System.Text.RegularExpressions;

namespace ChatOps.Policy;

/// <summary>PEP 503 name normalisation: lower case, every run of '-', '_' and '.' becomes one '-'.</summary>
internal static partial class PackageName
{
    public static string Normalise(string name) => Separators().Replace(name.Trim().ToLowerInvariant(), "-");

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Separators();
}
