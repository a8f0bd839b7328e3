using ChatOps.Parsers.Commands;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;

namespace ChatOps.Audit;

/// <summary>
/// The newest audited commands matching /audit's filters, each "received" row joined with its completion, and the
/// requests refused before they were commands (rejected rows). Filters are bound parameters compared as text,
/// never patterns.
/// </summary>
internal sealed class AuditSearch(Database database)
{
    /// <summary>The outcome filter that means "no completion yet".</summary>
    public const string Open = "open";

    public async Task<IReadOnlyList<AuditEntry>> FindAsync(ShowAuditCommand filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(AuditSchema.Create, cancellationToken);
        await using var query = connection.CreateCommand();
        var conditions = new List<string> { $"r.kind IN ('{AuditRow.Received}', '{AuditRow.Rejected}')" };
        if (filter.User is { } user) conditions.Add(UserCondition(query, user));
        if (filter.Command is { } verb)
        {
            conditions.Add("r.verb = $verb");
            query.Parameters.AddWithValue("$verb", verb);
        }
        if (filter.Outcome == Open) conditions.Add("c.id IS NULL AND r.kind = 'received'");
        else if (filter.Outcome is { } outcome)
        {
            conditions.Add("substr(COALESCE(c.outcome, r.outcome, ''), 1, length($outcome)) = $outcome");
            query.Parameters.AddWithValue("$outcome", outcome);
        }
        query.CommandText = $"""
            SELECT r.id, r.at, r.platform, r.user, r.channel, r.verb, r.text, COALESCE(c.outcome, r.outcome), c.duration_ms
            FROM audit_log r LEFT JOIN audit_log c ON c.command_id = r.id AND c.kind = '{AuditRow.Completed}'
            WHERE {string.Join(" AND ", conditions)} ORDER BY r.id DESC LIMIT $limit;
            """;
        query.Parameters.AddWithValue("$limit", filter.Limit);
        var entries = new List<AuditEntry>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetInt64(8)));
        }
        return entries;
    }

    /// <summary>"slack:U0123" is that platform's user; the console's principals cover `chatops exec` too; a bare id matches on any platform.</summary>
    private static string UserCondition(SqliteCommand query, string user)
    {
        var colon = user.IndexOf(':');
        query.Parameters.AddWithValue("$user", colon < 0 ? user : user[(colon + 1)..]);
        if (colon < 0) return "r.user = $user";
        var platform = user[..colon];
        query.Parameters.AddWithValue("$platform", platform);
        return platform == "console" ? "r.user = $user AND r.platform IN ('console', 'exec')" : "r.user = $user AND r.platform = $platform";
    }
}
