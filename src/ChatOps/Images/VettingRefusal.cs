using ChatOps.Policy;

namespace ChatOps.Images;

/// <summary>Turns a refused vetting report into the create's error: each refused finding named with its reason.</summary>
internal static class VettingRefusal
{
    public static ImageCreateException Of(VettingReport report, string what)
    {
        var refused = report.Findings.Where(f => f.Refused).ToList();
        var named = string.Join("; ", refused.Select(f => $"{f.Package}{(f.Version is null ? "" : " " + f.Version)}: {f.Reason}"));
        var detail = string.Join('\n', report.Findings.Select(f => $"{f.Verdict,-8} {f.Package} {f.Version} {f.License} {f.Reason}".TrimEnd()));
        return new ImageCreateException($"{what}: {named}", detail);
    }
}
