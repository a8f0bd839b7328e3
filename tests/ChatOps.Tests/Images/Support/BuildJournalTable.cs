using Microsoft.Data.Sqlite;

namespace ChatOps.Tests.Images.Support;

/// <summary>Reads a bot's build_journal directly, so a test can wait, from outside the bot, until every create it took up has ended.</summary>
public static class BuildJournalTable
{
    public static int OpenRows(string storageFolder)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(storageFolder, "chatops.db"), Mode = SqliteOpenMode.ReadOnly,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM build_journal WHERE state <> 'finished'";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>Waits until no row is open; fails with the bot's log after a generous bound (a build never ending is the failure).</summary>
    public static async Task UntilAllFinishedAsync(string storageFolder, BotProcess bot)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            while (OpenRows(storageFolder) > 0) await Task.Delay(250, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{OpenRows(storageFolder)} creates were still open; the bot's log:\n{bot.Log}");
        }
    }
}
