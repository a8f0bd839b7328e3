using ChatOps.Replies;

namespace ChatOps.Policy;

/// <summary>Turns a VettingReport into the due-diligence table of a reply: refusals first, then the rest in report order.</summary>
public static class VettingReportFormatter
{
    private static readonly string[] Columns = ["package", "version", "license", "verdict", "reason"];

    public static TableReply ToTable(VettingReport report, string title = "Due diligence")
    {
        var refused = report.Findings.Count(f => f.Refused);
        var heading = refused == 0 ? $"{title}: passed" : $"{title}: {Plural.Of(refused, "refusal")}";
        var rows = report.Findings
            .OrderByDescending(f => f.Refused)
            .Select(f => (IReadOnlyList<string>)[f.Package, f.Version ?? "", f.License ?? "", f.Verdict, f.Reason])
            .ToList();
        return new TableReply(heading, Columns, rows);
    }
}
