using System.Text.Json;
using ChatOps.Delivery;
using ChatOps.Options;
using ChatOps.Replies;
using ChatOps.Storage;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Delivery;

public sealed class SqliteKeptResultsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-kept-").FullName;

    private SqliteKeptResults NewStore() => new(new Database(MsOptions.Create(new StorageOptions { Folder = _folder })), TimeProvider.System);

    private static readonly ChatMessage Alice = new("slack", "U0ALICE", "C0WARROOM", "/docker_images");

    [Fact]
    public async Task A_kept_result_survives_a_reopening_of_the_file_whole_but_its_progress_and_is_taken_once()
    {
        var entry = new EntryReply(1, "text", JsonDocument.Parse("\"hi\"").RootElement, "hi", null, null, null, [new TextReply("hi")]);
        Reply[] replies = [new ProgressReply("list", "reading"), new TableReply("Images", ["name"], [["demisto/a"]]),
            new FileReply("report.txt", "/srv/files/report.txt", 12, "text/plain"), entry, new ErrorReply("half failed")];

        await NewStore().KeepAsync(Alice, replies, "Slack did not take it", CancellationToken.None);
        var taken = Assert.Single(await NewStore().TakeAsync("slack", "U0ALICE", "C0WARROOM", CancellationToken.None));

        Assert.Equal(("/docker_images", "Slack did not take it"), (taken.Line, taken.Reason));
        Assert.Equal(4, taken.Replies.Count);
        Assert.Equal(["demisto/a"], Assert.IsType<TableReply>(taken.Replies[0]).Rows[0]);
        Assert.Equal("/srv/files/report.txt", Assert.IsType<FileReply>(taken.Replies[1]).Path);
        Assert.Equal("hi", Assert.IsType<TextReply>(taken.Replies[2]).Text);
        Assert.Equal("half failed", Assert.IsType<ErrorReply>(taken.Replies[3]).Message);
        Assert.Empty(await NewStore().TakeAsync("slack", "U0ALICE", "C0WARROOM", CancellationToken.None));
    }

    [Fact]
    public async Task A_kept_error_with_a_remedy_apart_is_kept_in_a_chat_users_words()
    {
        var refused = new ErrorReply("demisto/x was not created: the configured image version 'x' is not a dotted number such as 1.0.0.")
        {
            Remedy = new Remedy("Ask an admin to fix the bot's image version.", "Fix Images:Version."),
        };

        await NewStore().KeepAsync(Alice, [refused], "the bot restarted", CancellationToken.None);
        var taken = Assert.IsType<ErrorReply>(Assert.Single(Assert.Single(await NewStore().TakeAsync("slack", "U0ALICE", "C0WARROOM", CancellationToken.None)).Replies));

        Assert.EndsWith("1.0.0. Ask an admin to fix the bot's image version.", taken.Message);
        Assert.Null(taken.Remedy);
    }

    [Fact]
    public async Task Only_the_same_user_in_the_same_channel_of_the_same_platform_takes_it_oldest_first()
    {
        var store = NewStore();
        await store.KeepAsync(Alice, [new TextReply("first")], "down", CancellationToken.None);
        await store.KeepAsync(Alice, [new TextReply("second")], "down", CancellationToken.None);

        Assert.Empty(await store.TakeAsync("slack", "U0BOB", "C0WARROOM", CancellationToken.None));
        Assert.Empty(await store.TakeAsync("slack", "U0ALICE", "C0OTHER", CancellationToken.None));
        Assert.Empty(await store.TakeAsync("discord", "U0ALICE", "C0WARROOM", CancellationToken.None));
        var taken = await store.TakeAsync("slack", "U0ALICE", "C0WARROOM", CancellationToken.None);
        Assert.Equal(["first", "second"], taken.Select(t => ((TextReply)t.Replies[0]).Text));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
