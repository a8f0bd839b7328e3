using ChatOps.Options;
using ChatOps.Storage;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Storage;

public sealed class KeyValueTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-kv-").FullName;

    private Database NewDatabase() => new(MsOptions.Create(new StorageOptions { Folder = _folder }));

    [Fact]
    public async Task A_saved_value_is_found_by_another_opening_of_the_file_and_a_second_save_replaces_it()
    {
        await new KeyValueTable(NewDatabase(), "things").SaveAsync("a", "first", CancellationToken.None);
        await new KeyValueTable(NewDatabase(), "things").SaveAsync("a", "second", CancellationToken.None);

        var reopened = new KeyValueTable(NewDatabase(), "things");
        Assert.Equal("second", await reopened.FindAsync("a", CancellationToken.None));
        Assert.Null(await reopened.FindAsync("b", CancellationToken.None));
        Assert.Null(await new KeyValueTable(NewDatabase(), "other_things").FindAsync("a", CancellationToken.None));
    }

    [Theory]
    [InlineData("x; DROP TABLE audit")]
    [InlineData("Things")]
    [InlineData("")]
    public void A_table_name_that_is_not_plain_lower_case_is_refused(string table)
    {
        var error = Assert.Throws<ArgumentException>(() => new KeyValueTable(NewDatabase(), table));

        Assert.Contains("is not a table name", error.Message);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
