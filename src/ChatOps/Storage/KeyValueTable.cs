using System.Text.RegularExpressions;

namespace ChatOps.Storage;

/// <summary>
/// A table of one text value per text key in the bot's SQLite file, for stores that keep one document per key
/// (a channel's context, a stored image check). The table name is the store's own constant, never input.
/// </summary>
public sealed partial class KeyValueTable
{
    private readonly Database _database;
    private readonly string _table;
    private readonly string _schema;

    public KeyValueTable(Database database, string table)
    {
        if (!TableName().IsMatch(table)) throw new ArgumentException($"'{table}' is not a table name (a-z and '_').", nameof(table));
        _database = database;
        _table = table;
        _schema = $"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT NOT NULL);";
    }

    public async Task<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(_schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value FROM {_table} WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Inserts or replaces the value of a key.</summary>
    public async Task SaveAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(_schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {_table} VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Removes a key; a key that is not there is not an error.</summary>
    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(_schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {_table} WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();
}
