using Microsoft.Data.Sqlite;

namespace ChatOps.Bots.Tests.Support;

/// <summary>Reads the kept_results table of a bot's storage folder directly, so a test can wait until a result was kept.</summary>
internal static class KeptResultsTable
{
    public static int Count(string storageFolder)
    {
        var path = Path.Combine(storageFolder, "chatops.db");
        if (!File.Exists(path)) return 0;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'kept_results'";
        if (Convert.ToInt32(command.ExecuteScalar()) == 0) return 0;
        command.CommandText = "SELECT count(*) FROM kept_results";
        return Convert.ToInt32(command.ExecuteScalar());
    }
}
