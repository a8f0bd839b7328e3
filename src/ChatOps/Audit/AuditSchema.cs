namespace ChatOps.Audit;

/// <summary>
/// The audit chain's table. It is a new table rather than the old one-row-per-command "audit", whose rows have no
/// hashes: those are left as they were, outside the chain.
/// </summary>
internal static class AuditSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS audit_log (
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL, command_id INTEGER, at TEXT NOT NULL, owner TEXT NOT NULL,
            platform TEXT NOT NULL, user TEXT NOT NULL, channel TEXT NOT NULL, verb TEXT NOT NULL, text TEXT NOT NULL,
            outcome TEXT, duration_ms INTEGER, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS audit_log_by_command ON audit_log (command_id);
        """;

    public const string Columns = "id, kind, command_id, at, owner, platform, user, channel, verb, text, outcome, duration_ms, previous_hash, hash";
}
