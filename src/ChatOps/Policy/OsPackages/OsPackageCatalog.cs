using ChatOps.Parsers.Commands;

namespace ChatOps.Policy.OsPackages;

/// <summary>
/// The package index of one base image, parsed once: every real package name with its versions, and every virtual
/// name with the packages that provide it. Look-ups are exact, ordinal string comparisons: a name is only ever
/// compared with the names the index has, never read as a regular expression or a glob, whatever its characters.
/// </summary>
internal sealed class OsPackageCatalog
{
    /// <summary>The rule every refusal names, so the user learns why "wge." or "a.+" is not a shorthand.</summary>
    public const string Rule = "an OS package is one exact name from the base image's package index (never a pattern: '.' and '+' are ordinary letters of a name), optionally with =version of a version it has";

    private const int MaxShown = 4;
    private const int MaxSuggestionDistance = 2;

    private readonly Dictionary<string, SortedSet<string>> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _providers = new(StringComparer.Ordinal);

    private OsPackageCatalog()
    {
    }

    public int PackageCount => _versions.Count;

    /// <summary>
    /// Reads the lines the index reader prints: "P\tname\tversion" for a package version and "V\tname\tprovider"
    /// for a virtual name. Lines of any other shape are ignored (a base image's stray output cannot add names).
    /// </summary>
    public static OsPackageCatalog Parse(string text)
    {
        var catalog = new OsPackageCatalog();
        foreach (var line in text.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length != 3 || fields[1].Length == 0 || fields[2].Length == 0) continue;
            var into = fields[0] switch
            {
                "P" => catalog._versions,
                "V" => catalog._providers,
                _ => null,
            };
            if (into is null) continue;
            if (!into.TryGetValue(fields[1], out var values)) into[fields[1]] = values = new SortedSet<string>(StringComparer.Ordinal);
            values.Add(fields[2]);
        }
        return catalog;
    }

    /// <summary>Null when the index has the package (and its version); otherwise what is wrong and how to write it right.</summary>
    public string? Problem(OsPackage package)
    {
        if (_versions.TryGetValue(package.Name, out var versions))
        {
            if (package.Version is null || versions.Contains(package.Version)) return null;
            var shown = versions.Take(MaxShown).ToList();
            return $"{package.Name} has no version {package.Version} in the index; it has {string.Join(", ", shown)}{(versions.Count > shown.Count ? ", ..." : "")}: "
                + $"write packages={package.Name}={shown[0]}, or packages={package.Name} for the one apt or apk picks";
        }
        if (_providers.TryGetValue(package.Name, out var providers))
        {
            var real = providers.Where(_versions.ContainsKey).Take(MaxShown).ToList();
            if (real.Count > 0)
                return $"{package.Name} is a virtual package, provided by {string.Join(", ", real)}; name the package itself (packages={real[0]})";
        }
        var suggestions = Suggest(package.Name);
        return $"no package is named exactly '{package.Name}' ({Rule})"
            + (suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions)}?" : "; check the name with apt-cache policy NAME or apk search -x NAME");
    }

    /// <summary>The nearest real names (at most two edits), closest first: a hint, never an automatic choice.</summary>
    private List<string> Suggest(string name) =>
        _versions.Keys
            .Select(candidate => (candidate, distance: OsaDistance.Compute(name, candidate, MaxSuggestionDistance)))
            .Where(x => x.distance <= MaxSuggestionDistance)
            .OrderBy(x => x.distance).ThenBy(x => x.candidate.Length).ThenBy(x => x.candidate, StringComparer.Ordinal)
            .Take(MaxShown - 1)
            .Select(x => x.candidate)
            .ToList();
}
