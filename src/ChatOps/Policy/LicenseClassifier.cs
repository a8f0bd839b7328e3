using Microsoft.Extensions.Options;

namespace ChatOps.Policy;

/// <summary>
/// Classifies an installed distribution's licence against Policy:ApprovedLicenses, reading, in order of
/// authority: License-Expression (PEP 639, an exact SPDX expression), else the License field and the licence
/// classifiers together. Unreadable or absent licences are unknown, and unknown is refused like unapproved:
/// due diligence means knowing, not assuming.
/// </summary>
internal sealed class LicenseClassifier
{
    private const int ShortLicenseLength = 100;
    private const int DisplayLength = 60;
    private const string ClassifierPrefix = "License ::";

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "UNKNOWN", "NONE", "N/A", "NA", "TBD", "-", "LICENSE", "LICENSE.TXT", "LICENSE.MD", "SEE LICENSE", "SEE LICENSE FILE",
    };

    private readonly IReadOnlyList<string> _approvedEntries;
    private readonly HashSet<string> _approvedFamilies;
    private readonly Dictionary<string, string> _exceptions;

    public LicenseClassifier(IOptions<PolicyOptions> options)
    {
        _approvedEntries = options.Value.EffectiveApprovedLicenses;
        _approvedFamilies = _approvedEntries.Select(LicenseCatalog.FamilyOfConfigured).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _exceptions = options.Value.LicenseExceptions.ToDictionary(e => PackageName.Normalise(e.Key), e => e.Value, StringComparer.Ordinal);
    }

    public LicenseVerdict Classify(InstalledDistribution distribution)
    {
        var verdict = ClassifyMetadata(distribution);
        if (_exceptions.TryGetValue(PackageName.Normalise(distribution.Name), out var why) && verdict.Status != LicenseStatus.Approved)
        {
            return verdict with { Status = LicenseStatus.Excepted, Reason = $"licence exception in Policy:LicenseExceptions: {why} ({verdict.Reason})" };
        }
        return verdict;
    }

    private LicenseVerdict ClassifyMetadata(InstalledDistribution distribution)
    {
        if (!string.IsNullOrWhiteSpace(distribution.LicenseExpression))
        {
            var expression = distribution.LicenseExpression.Trim();
            return SpdxExpression.Evaluate(expression, IsApprovedId) is { } spdx
                ? FromSpdx(expression, spdx)
                : new LicenseVerdict(Shorten(expression), LicenseStatus.Unknown, $"License-Expression \"{Shorten(expression)}\" is not an SPDX expression");
        }

        var licenseText = distribution.License?.Trim() ?? "";
        var hasText = licenseText.Length > 0 && !Placeholders.Contains(licenseText);
        var isShort = licenseText.Length <= ShortLicenseLength && !licenseText.Contains('\n');

        var classifierFamilies = ClassifierFamilies(distribution.Classifiers);

        // A short License field that is itself an SPDX expression of ids we know ("MIT", "BSD-3-Clause OR GPL-2.0")
        // is read as one, so that dual licences keep their OR. Classifiers naming the same families are explained
        // by it; a classifier naming any other licence still has to be approved on its own.
        if (hasText && isShort && SpdxExpression.Evaluate(licenseText, id => LicenseCatalog.FamilyOfSpdxId(id) is not null) is { Acceptable: true })
        {
            var spdx = SpdxExpression.Evaluate(licenseText, IsApprovedId)!;
            var explained = spdx.Ids.Select(id => LicenseCatalog.FamilyOfSpdxId(id)!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unexplained = classifierFamilies.Where(f => !explained.Contains(f) && !IsApprovedFamily(f)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return unexplained.Count == 0
                ? FromSpdx(licenseText, spdx)
                : new LicenseVerdict(Shorten(licenseText), LicenseStatus.Unapproved, $"licence not approved: {string.Join(", ", unexplained)}");
        }

        var families = new List<string>();
        string? textFamily = null;
        if (hasText)
        {
            textFamily = isShort ? LicenseCatalog.FamilyOfName(licenseText) ?? LicenseCatalog.FamilyOfText(licenseText) : LicenseCatalog.FamilyOfText(licenseText);
            if (textFamily is not null) families.Add(textFamily);
        }
        families.AddRange(classifierFamilies);

        var display = Display(licenseText, hasText, isShort, textFamily, classifierFamilies);
        if (families.Count == 0)
        {
            var reason = hasText
                ? $"licence unknown: \"{Shorten(licenseText)}\" names no licence we recognise"
                : "licence unknown: License-Expression, License and the licence classifiers are all empty";
            return new LicenseVerdict(display, LicenseStatus.Unknown, reason);
        }

        // Classifiers cannot say whether several licences are alternatives or all apply; PEP 639 made
        // License-Expression for that. Without it we take the careful reading: every licence named must be approved.
        var unapproved = families.Where(f => !IsApprovedFamily(f)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var distinct = string.Join(", ", families.Distinct(StringComparer.OrdinalIgnoreCase));
        return unapproved.Count == 0
            ? new LicenseVerdict(display, LicenseStatus.Approved, $"approved licence ({distinct})")
            : new LicenseVerdict(display, LicenseStatus.Unapproved, $"licence not approved: {string.Join(", ", unapproved)}");
    }

    private LicenseVerdict FromSpdx(string expression, SpdxVerdict spdx)
    {
        var families = spdx.Ids.Select(id => LicenseCatalog.FamilyOfSpdxId(id) ?? id).Distinct(StringComparer.OrdinalIgnoreCase);
        if (spdx.Acceptable) return new LicenseVerdict(Shorten(expression), LicenseStatus.Approved, $"approved licence ({string.Join(", ", families)})");
        var blocking = spdx.Blocking.Select(id => LicenseCatalog.FamilyOfSpdxId(id) is { } family && family != id ? $"{id} ({family})" : id);
        return new LicenseVerdict(Shorten(expression), LicenseStatus.Unapproved, $"licence not approved: {string.Join(", ", blocking.Distinct())}");
    }

    private static List<string> ClassifierFamilies(IReadOnlyList<string> classifiers)
    {
        var families = new List<string>();
        foreach (var classifier in classifiers)
        {
            if (!classifier.StartsWith(ClassifierPrefix, StringComparison.OrdinalIgnoreCase)) continue;
            var segments = classifier.Split("::", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var last = segments[^1];
            // "License :: OSI Approved" alone says the licence is open source, not which one.
            if (segments.Length < 2 || last.Equals("OSI Approved", StringComparison.OrdinalIgnoreCase)) continue;
            families.Add(LicenseCatalog.FamilyOfName(last) ?? last);
        }
        return families;
    }

    private bool IsApprovedId(string id) =>
        _approvedEntries.Any(entry => string.Equals(entry.Trim(), id, StringComparison.OrdinalIgnoreCase))
        || (LicenseCatalog.FamilyOfSpdxId(id) is { } family && IsApprovedFamily(family));

    private bool IsApprovedFamily(string family) => _approvedFamilies.Contains(family);

    private static string Display(string licenseText, bool hasText, bool isShort, string? textFamily, List<string> classifierFamilies)
    {
        if (hasText && isShort) return Shorten(licenseText);
        if (hasText && textFamily is not null) return $"{textFamily} (licence text)";
        if (classifierFamilies.Count > 0) return Shorten(string.Join(", ", classifierFamilies.Distinct(StringComparer.OrdinalIgnoreCase)));
        return hasText ? Shorten(licenseText) : "UNKNOWN";
    }

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= DisplayLength ? oneLine : oneLine[..(DisplayLength - 1)] + "…";
    }
}
