using System.Globalization;
using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Audit;

/// <summary>/audit: the newest audited commands matching the filters, newest first, as a table (audit.read is checked before routing).</summary>
internal sealed class ShowAuditHandler(AuditSearch search) : CommandHandler<ShowAuditCommand>
{
    /// <summary>A line is shown up to this many characters: the table is for finding a row, the export has it whole.</summary>
    private const int ShownTextLength = 80;

    protected override async IAsyncEnumerable<Reply> HandleAsync(ShowAuditCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entries = await search.FindAsync(command, cancellationToken);
        if (entries.Count == 0)
        {
            yield return new TextReply($"No audited command matches{Filters(command)}.");
            yield break;
        }
        yield return new TableReply(
            $"Audit: the {entries.Count} newest entries{Filters(command)}",
            ["id", "at", "user", "channel", "command", "outcome", "duration"],
            entries.Select(Row).ToList());
    }

    private static IReadOnlyList<string> Row(AuditEntry entry) =>
    [
        entry.Id.ToString(CultureInfo.InvariantCulture),
        entry.At,
        $"{entry.Platform}:{entry.User}",
        entry.Channel,
        entry.Text.Length > ShownTextLength ? entry.Text[..ShownTextLength] + "…" : entry.Text.Length == 0 ? entry.Verb : entry.Text,
        entry.Outcome ?? AuditSearch.Open,
        entry.DurationMs is { } ms ? ms.ToString(CultureInfo.InvariantCulture) + " ms" : "",
    ];

    private static string Filters(ShowAuditCommand command)
    {
        var filters = new List<string>();
        if (command.User is { } user) filters.Add("user=" + user);
        if (command.Command is { } verb) filters.Add("command=" + verb);
        if (command.Outcome is { } outcome) filters.Add("outcome=" + outcome);
        return filters.Count == 0 ? "" : " (" + string.Join(" ", filters) + ")";
    }
}
