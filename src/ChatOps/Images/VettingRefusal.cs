using ChatOps.Policy;

namespace ChatOps.Images;

/// <summary>
/// Turns a refused vetting report into the create's error, saying each refusal once: before the build no table is
/// shown, so the message names each refused finding with its reason and the detail lists only what passed; after
/// the install the due-diligence table has just shown every reason, so the message names the refused packages
/// (version, licence) and nothing else.
/// </summary>
internal static class VettingRefusal
{
    public static ImageCreateException BeforeBuild(VettingReport report, string what)
    {
        var refused = report.Findings.Where(f => f.Refused).ToList();
        // One sentence per refused finding, each ending as its reason does ("did you mean requests?").
        var named = string.Join(" ", refused.Select(f => Sentence($"{Named(f)}: {f.Reason}")));
        var passed = report.Findings.Where(f => !f.Refused).Select(f => $"{f.Verdict,-8} {f.Package} {f.Version} {f.License} {f.Reason}".TrimEnd()).ToList();
        return new ImageCreateException($"{what}: {named}", passed.Count == 0 ? null : string.Join('\n', passed), remedy: RemedyOf(refused));
    }

    public static ImageCreateException AfterInstall(VettingReport report, string what)
    {
        var refused = report.Findings.Where(f => f.Refused).ToList();
        var named = string.Join(", ", refused.Select(f => Named(f) + (f.License is null ? "" : $" ({f.License})")));
        return new ImageCreateException($"{what}: {named} (see the due-diligence table).", remedy: RemedyOf(refused));
    }

    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('?') || trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    private static string Named(VettingFinding finding) => finding.Version is null ? finding.Package : $"{finding.Package} {finding.Version}";

    private static Replies.Remedy? RemedyOf(IEnumerable<VettingFinding> refused) => Replies.Remedy.Join(refused.Select(f => f.Remedy));
}
