using System.Text.Json.Nodes;
using ChatOps.Execution;
using ChatOps.Options;
using ChatOps.Storage;
using ChatOps.Tests.Execution.Support;
using Microsoft.Data.Sqlite;

namespace ChatOps.Tests.Execution.Context;

/// <summary>The channel store applies XSOAR's context rules atomically, bounded, and saved to SQLite before they are visible.</summary>
public sealed class ChannelContextStoreRulesTests : IDisposable
{
    private const string Channel = "war-room";

    private readonly OwnedStorageFolder _folder = new(Directory.CreateTempSubdirectory("chatops-context-rules-").FullName);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private ChannelContextStore NewStore(int limitBytes = 4096) =>
        new(new ExecutorOptions { ContextLimitBytes = limitBytes },
            new Database(Microsoft.Extensions.Options.Options.Create(new StorageOptions { Folder = _folder.Path })));

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    private static async Task<string> ContextOf(ChannelContextStore store) => (await store.SnapshotAsync(Channel, default)).ToJsonString();

    [Fact]
    public async Task A_context_written_by_every_rule_reads_back_identical_through_a_new_store_over_the_same_file()
    {
        var before = NewStore();
        Assert.Null(await before.SetAsync(Channel, "incident", "INC-7", default));
        Assert.Null(await before.ApplyEntryContextAsync(Channel, Json("""{"HelloWorld.Alert(val.alert_id && val.alert_id == obj.alert_id)":[{"alert_id":1},{"alert_id":2}]}"""), default));
        Assert.Null(await before.ApplyEntryContextAsync(Channel, Json("""{"HelloWorld.Alert(val.alert_id && val.alert_id == obj.alert_id)":{"alert_id":2,"status":"closed"}}"""), default));
        Assert.Null(await before.SetPathAsync(Channel, "Notes.Items", "first", append: true, default));
        Assert.Null(await before.SetPathAsync(Channel, "Notes.Items", "second", append: true, default));
        Assert.Null(await before.DeleteAsync(Channel, "incident", default));
        var written = await ContextOf(before);

        var after = NewStore();

        Assert.Equal("""{"HelloWorld":{"Alert":[{"alert_id":1},{"alert_id":2,"status":"closed"}]},"Notes":{"Items":["first","second"]}}""", written);
        Assert.Equal(written, await ContextOf(after));
    }

    [Fact]
    public async Task An_entry_context_that_would_exceed_the_bound_is_refused_whole()
    {
        var store = NewStore(limitBytes: 200);
        Assert.Null(await store.SetAsync(Channel, "kept", "yes", default));

        var refusal = await store.ApplyEntryContextAsync(Channel, Json($$"""{"Small":1,"Big":"{{new string('x', 300)}}"}"""), default);

        Assert.Equal("the context of this channel would exceed 200 bytes; the entry context was not applied", refusal);
        Assert.Equal("""{"kept":"yes"}""", await ContextOf(store));
        Assert.Equal("""{"kept":"yes"}""", await ContextOf(NewStore()));
    }

    [Fact]
    public async Task A_malformed_merge_key_is_refused_with_its_reason_and_changes_nothing()
    {
        var store = NewStore();

        var refusal = await store.ApplyEntryContextAsync(Channel, Json("""{"A":1,"B(val.x.y())":2}"""), default);

        Assert.Equal("the merge key 'B(val.x.y())' is refused at column 8 of 'val.x.y()' ('('): expected && or || or the end; " +
            "a merge key compares fields only: val.Field == obj.Field, val.Field, or true, joined by && or ||; the entry context was not applied", refusal);
        Assert.Equal("{}", await ContextOf(store));
    }

    [Fact]
    public async Task Deleting_a_nested_path_is_saved_and_a_missing_one_is_reported()
    {
        var store = NewStore();
        Assert.Null(await store.SetPathAsync(Channel, "A.B.C", """{"x":1}""", append: false, default));
        Assert.Null(await store.SetPathAsync(Channel, "A.D", "2", append: false, default));

        Assert.Null(await store.DeleteAsync(Channel, "A.B", default));
        var missing = await store.DeleteAsync(Channel, "A.B", default);

        Assert.Equal("key does not exist: A.B; nothing was deleted", missing);
        Assert.Equal("""{"A":{"D":2}}""", await ContextOf(NewStore()));
    }

    [Fact]
    public async Task Clearing_empties_only_this_channel()
    {
        var store = NewStore();
        Assert.Null(await store.SetPathAsync(Channel, "A", "1", append: false, default));
        Assert.Null(await store.SetPathAsync("other", "A", "1", append: false, default));

        Assert.Null(await store.ClearAsync(Channel, default));

        var after = NewStore();
        Assert.Equal(("{}", """{"A":1}"""), (await ContextOf(after), (await after.SnapshotAsync("other", default)).ToJsonString()));
    }

    [Fact]
    public async Task A_value_nested_deeper_than_readers_parse_is_refused()
    {
        var store = NewStore(limitBytes: 100_000);
        var deep = new JsonObject();
        var inner = deep;
        for (var i = 0; i < 40; i++) inner = (JsonObject)(inner["n"] = new JsonObject());

        var refusal = await store.ApplyEntryContextAsync(Channel, new JsonObject { ["A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y"] = deep }, default);

        Assert.Equal("the context of this channel would nest deeper than a reader can parse; the entry context was not applied", refusal);
        Assert.Equal("{}", await ContextOf(store));
    }
}
