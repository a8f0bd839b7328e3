using ChatOps.Replies;

namespace ChatOps.ContentUpdates;

/// <summary>A report as replies: one table row per image value, then a one-line summary. Shared by the CLI verb and the chat command.</summary>
internal static class ContentUpdateReportReplies
{
    private static readonly string[] Columns = ["file", "item", "key", "image", "tag", "newest", "status", "detail"];

    public static IReadOnlyList<Reply> Render(ContentUpdateReport report)
    {
        if (report.Entries.Count == 0)
            return [new TextReply($"No dockerimage values in the YAML files of {report.Folder}.")];
        var rows = report.Entries
            .Select(e => (IReadOnlyList<string>)[e.File, e.Item, e.Key, e.Image, e.CurrentTag ?? "", e.NewestTag ?? "", StatusText(e.Status), e.Detail])
            .ToList();
        var title = $"{(report.DryRun ? "Dry run: " : "")}dockerimage tags in {report.Folder}{(report.Git ? " (git: one branch per image)" : "")}";
        return [new TableReply(title, Columns, rows), new TextReply(Summary(report))];
    }

    public static string Summary(ContentUpdateReport report) =>
        string.Join(", ", Enum.GetValues<ContentUpdateStatus>()
            .Where(status => report.Count(status) > 0)
            .Select(status => $"{report.Count(status)} {StatusText(status)}"));

    public static string StatusText(ContentUpdateStatus status) => status switch
    {
        ContentUpdateStatus.Changed => "changed",
        ContentUpdateStatus.WouldChange => "would change",
        ContentUpdateStatus.Current => "current",
        ContentUpdateStatus.OptedOut => "opted out",
        ContentUpdateStatus.OutsideAllowedOrgs => "outside allowed orgs",
        ContentUpdateStatus.AlreadyProposed => "already proposed",
        _ => "failed",
    };
}
