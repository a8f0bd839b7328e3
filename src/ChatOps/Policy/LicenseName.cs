namespace ChatOps.Policy;

/// <summary>
/// The one name a distribution's licence is shown by, wherever it is shown: the due-diligence table, the image
/// card, /docker_image_info. An SPDX expression the metadata gives (License-Expression, or a License field that is
/// one) is kept as written; otherwise the licence families read from the License field and the trove classifiers
/// are named by their SPDX id where the family has exactly one ("MIT License" and "License :: OSI Approved :: MIT
/// License" are both MIT), else by the family ("BSD": the metadata does not say which clauses).
/// </summary>
internal static class LicenseName
{
    public const string Unknown = "UNKNOWN";

    /// <summary>Longer than this, or on several lines, a License field is a licence text and not a name.</summary>
    public const int ShortLicenseLength = 100;

    private const int DisplayLength = 60;
    private const string ClassifierPrefix = "License ::";

    /// <summary>What License fields say when they say nothing.</summary>
    public static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "UNKNOWN", "NONE", "N/A", "NA", "TBD", "-", "LICENSE", "LICENSE.TXT", "LICENSE.MD", "SEE LICENSE", "SEE LICENSE FILE",
    };

    /// <summary>Families with exactly one SPDX id; the others keep their family name.</summary>
    private static readonly Dictionary<string, string> SpdxIds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MIT"] = "MIT", ["Apache 2.0"] = "Apache-2.0", ["PSF"] = "PSF-2.0", ["MPL 2.0"] = "MPL-2.0", ["ISC"] = "ISC",
        ["Unlicense"] = "Unlicense", ["WTFPL"] = "WTFPL", ["zlib/libpng"] = "Zlib", ["EPL 1.0"] = "EPL-1.0", ["EPL 2.0"] = "EPL-2.0",
        ["UPL"] = "UPL-1.0", ["Boost"] = "BSL-1.0", ["HPND"] = "HPND",
    };

    public static string Of(InstalledDistribution distribution)
    {
        if (!string.IsNullOrWhiteSpace(distribution.LicenseExpression)) return Shorten(distribution.LicenseExpression.Trim());

        var text = distribution.License?.Trim() ?? "";
        var hasText = text.Length > 0 && !Placeholders.Contains(text);
        var isShort = IsShort(text);
        if (hasText && isShort && SpdxExpression.Evaluate(text, id => LicenseCatalog.FamilyOfSpdxId(id) is not null) is { Acceptable: true }) return text;

        var families = FamiliesOf(distribution);
        if (families.Count > 0) return Shorten(string.Join(", ", families.Select(IdOf).Distinct(StringComparer.OrdinalIgnoreCase)));
        return hasText ? Shorten(text) : Unknown;
    }

    /// <summary>The families the License field (a name or a whole licence text) and the classifiers name, in that order.</summary>
    public static List<string> FamiliesOf(InstalledDistribution distribution)
    {
        var text = distribution.License?.Trim() ?? "";
        var families = new List<string>();
        if (text.Length > 0 && !Placeholders.Contains(text)
            && (IsShort(text) ? LicenseCatalog.FamilyOfName(text) ?? LicenseCatalog.FamilyOfText(text) : LicenseCatalog.FamilyOfText(text)) is { } textFamily)
            families.Add(textFamily);
        families.AddRange(ClassifierFamilies(distribution.Classifiers));
        return families;
    }

    public static bool IsShort(string text) => text.Length <= ShortLicenseLength && !text.Contains('\n');

    /// <summary>The families the "License :: ..." classifiers name ("License :: OSI Approved" alone names none).</summary>
    public static List<string> ClassifierFamilies(IReadOnlyList<string> classifiers)
    {
        var families = new List<string>();
        foreach (var classifier in classifiers)
        {
            if (!classifier.StartsWith(ClassifierPrefix, StringComparison.OrdinalIgnoreCase)) continue;
            var segments = classifier.Split("::", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var last = segments[^1];
            if (segments.Length < 2 || last.Equals("OSI Approved", StringComparison.OrdinalIgnoreCase)) continue;
            families.Add(LicenseCatalog.FamilyOfName(last) ?? last);
        }
        return families;
    }

    public static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= DisplayLength ? oneLine : oneLine[..(DisplayLength - 1)] + "…";
    }

    private static string IdOf(string family) => SpdxIds.GetValueOrDefault(family, family);
}
