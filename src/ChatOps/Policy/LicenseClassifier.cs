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
            return verdict with { Status = LicenseStatus.Excepted, Reason = $"licence exception granted by an admin: {why} ({verdict.Reason})" };
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
                : new LicenseVerdict(LicenseName.Shorten(expression), LicenseStatus.Unknown, $"License-Expression \"{LicenseName.Shorten(expression)}\" is not an SPDX expression");
        }

        var licenseText = distribution.License?.Trim() ?? "";
        var hasText = licenseText.Length > 0 && !LicenseName.Placeholders.Contains(licenseText);
        var isShort = LicenseName.IsShort(licenseText);

        var classifierFamilies = LicenseName.ClassifierFamilies(distribution.Classifiers);
        // The name shown is the one every other place shows (LicenseName); the verdict is this class's own.
        var display = LicenseName.Of(distribution);

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
                : new LicenseVerdict(display, LicenseStatus.Unapproved, $"licence not approved: {string.Join(", ", unexplained)}");
        }

        var families = LicenseName.FamiliesOf(distribution);

        if (families.Count == 0)
        {
            var reason = hasText
                ? $"licence unknown: \"{LicenseName.Shorten(licenseText)}\" names no licence we recognise"
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
        if (spdx.Acceptable) return new LicenseVerdict(LicenseName.Shorten(expression), LicenseStatus.Approved, $"approved licence ({string.Join(", ", families)})");
        var blocking = spdx.Blocking.Select(id => LicenseCatalog.FamilyOfSpdxId(id) is { } family && family != id ? $"{id} ({family})" : id);
        return new LicenseVerdict(LicenseName.Shorten(expression), LicenseStatus.Unapproved, $"licence not approved: {string.Join(", ", blocking.Distinct())}");
    }

    private bool IsApprovedId(string id) =>
        _approvedEntries.Any(entry => string.Equals(entry.Trim(), id, StringComparison.OrdinalIgnoreCase))
        || (LicenseCatalog.FamilyOfSpdxId(id) is { } family && IsApprovedFamily(family));

    private bool IsApprovedFamily(string family) => _approvedFamilies.Contains(family);
}
