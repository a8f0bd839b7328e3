namespace ChatOps.Storage;

/// <summary>
/// Build numbers per image repository (table build_numbers). One atomic upsert hands out the next number, so two
/// creates of one name at the same moment, even in two processes on the same file, never get the same number.
/// </summary>
public sealed class BuildNumberStore(Database database)
{
    private const string Schema = "CREATE TABLE IF NOT EXISTS build_numbers (repository TEXT PRIMARY KEY, last INTEGER NOT NULL);";

    /// <summary>The next number for the repository: 1 the first time, then one more than the last handed out.</summary>
    public async Task<long> NextAsync(string repository, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema + """
            INSERT INTO build_numbers (repository, last) VALUES ($repository, 1)
            ON CONFLICT (repository) DO UPDATE SET last = last + 1
            RETURNING last;
            """;
        command.Parameters.AddWithValue("$repository", repository);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Gives a number back when it is still the last one handed out for the repository (a build that died before its
    /// tag existed); false when later numbers were handed out since, so taking it back would leave a gap below them
    /// for the next create to fill out of order.
    /// </summary>
    public async Task<bool> ReleaseAsync(string repository, long number, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema + "UPDATE build_numbers SET last = last - 1 WHERE repository = $repository AND last = $number RETURNING last;";
        command.Parameters.AddWithValue("$repository", repository);
        command.Parameters.AddWithValue("$number", number);
        // RETURNING rather than a count of changes: the count of a pooled connection can be a previous statement's.
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
