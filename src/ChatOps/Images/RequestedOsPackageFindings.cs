using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// The due-diligence rows of the OS packages a create asked for (packages=wget), with the version and licence the
/// image really holds, so the table shows everything that was requested and not only what pip installed.
/// </summary>
internal static class RequestedOsPackageFindings
{
    public static IEnumerable<VettingFinding> Of(IReadOnlyList<OsPackage> requested, IReadOnlyList<OsPackageRecord> installed)
    {
        var byName = installed.ToDictionary(p => p.Name, StringComparer.Ordinal);
        // A requested package that is not installed failed the image check already; nothing to list for it here.
        return requested
            .Where(p => byName.ContainsKey(p.Name))
            .Select(p => byName[p.Name])
            .Select(p => new VettingFinding(p.Name, p.Version, p.License ?? LicenseName.Unknown, VettingVerdicts.Listed, false,
                "OS package installed as asked; its licence is shown, not vetted"));
    }
}
