using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Execution.Context;
using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;

namespace ChatOps.Execution;

/// <summary>
/// The XSOAR "context" of each war-room channel: what scripts set with setContext and read with getContext or
/// demisto.context(). Kept in SQLite (table channel_context) so a restart of the bot loses none of an incident's
/// context; each channel is read from the file once and then served from memory, so a script run pays no query.
/// Every change (setContext, an entry's EntryContext, Set, DeleteContext) is written to the file before it is
/// visible, and refused whole when the channel would grow past its bound or XSOAR's rules cannot apply it.
/// </summary>
internal sealed class ChannelContextStore(ExecutorOptions options, Database database)
{
    private readonly KeyValueTable _saved = new(database, "channel_context");
    private readonly ConcurrentDictionary<string, ChannelState> _channels = new(StringComparer.Ordinal);

    /// <summary>A copy of the channel's context: a script reads a snapshot, never the live object.</summary>
    public async Task<JsonObject> SnapshotAsync(string channel, CancellationToken cancellationToken)
    {
        var state = await LoadedAsync(channel, cancellationToken);
        return Parse(state.Json);
    }

    /// <summary>Sets one top-level key, as setContext does; null on success, else why it was refused.</summary>
    public Task<string?> SetAsync(string channel, string key, JsonNode? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key)) return Task.FromResult<string?>("setContext needs a non-empty key");
        return ChangeAsync(channel, context =>
        {
            context[key] = value?.DeepClone();
            return context;
        }, $"'{key}' was not set", cancellationToken);
    }

    /// <summary>Applies an entry's EntryContext with XSOAR's merge rules (<see cref="EntryContextMerger"/>); null on success, else why it was refused.</summary>
    public Task<string?> ApplyEntryContextAsync(string channel, JsonObject entryContext, CancellationToken cancellationToken) =>
        ChangeAsync(channel, context => EntryContextMerger.Apply(context, entryContext), "the entry context was not applied", cancellationToken);

    /// <summary>The Set script: <paramref name="value"/> is parsed as JSON when it is JSON; append merges, else the path is overwritten.</summary>
    public Task<string?> SetPathAsync(string channel, string key, string value, bool append, CancellationToken cancellationToken) =>
        ChangeAsync(channel, context => ContextSet.Apply(context, key, value, append), $"'{key}' was not set", cancellationToken);

    /// <summary>DeleteContext key=A.B: removes the nested path; null on success, else why nothing was deleted.</summary>
    public Task<string?> DeleteAsync(string channel, string path, CancellationToken cancellationToken) =>
        ChangeAsync(channel, context => ContextDelete.Apply(context, path), "nothing was deleted", cancellationToken);

    /// <summary>DeleteContext all=yes: the channel's context becomes empty.</summary>
    public Task<string?> ClearAsync(string channel, CancellationToken cancellationToken) =>
        ChangeAsync(channel, _ => new JsonObject(), "the context was not cleared", cancellationToken);

    /// <summary>
    /// The one way a context changes: under the channel's gate, the next context is built from a private copy,
    /// checked against the bound, saved, and only then published, so a refused or failed change leaves no trace.
    /// </summary>
    private async Task<string?> ChangeAsync(string channel, Func<JsonObject, JsonObject> change, string notDone, CancellationToken cancellationToken)
    {
        var state = await LoadedAsync(channel, cancellationToken);
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            // The published context is its JSON text, which every reader parses into its own copy: the next one is
            // built aside, saved, then swapped in.
            JsonObject next;
            try
            {
                next = change(Parse(state.Json));
            }
            catch (ContextRuleException refused)
            {
                return $"{refused.Message}; {notDone}";
            }
            var json = next.ToJsonString();
            if (Encoding.UTF8.GetByteCount(json) > options.ContextLimitBytes)
                return $"the context of this channel would exceed {options.ContextLimitBytes} bytes; {notDone}";
            if (!Readable(json))
                return $"the context of this channel would nest deeper than a reader can parse; {notDone}";
            try
            {
                await _saved.SaveAsync(channel, json, cancellationToken);
            }
            catch (SqliteException failure)
            {
                return $"the context of this channel could not be saved ({failure.Message.Trim()}); {notDone}";
            }
            state.Json = json;
            return null;
        }
        finally
        {
            state.Gate.Release();
        }
    }

    /// <summary>Readers parse with System.Text.Json's default depth limit; a context they could not parse is never saved.</summary>
    private static bool Readable(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<ChannelState> LoadedAsync(string channel, CancellationToken cancellationToken)
    {
        var state = _channels.GetOrAdd(channel, _ => new ChannelState());
        if (state.Loaded) return state;
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!state.Loaded)
            {
                state.Json = await _saved.FindAsync(channel, cancellationToken) ?? "{}";
                state.Loaded = true;
            }
            return state;
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? new JsonObject();

    /// <summary>One channel: its published context, whether it was read from the file yet, and the gate for loading and setting.</summary>
    private sealed class ChannelState
    {
        private volatile string _json = "{}";
        private volatile bool _loaded;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string Json { get => _json; set => _json = value; }

        public bool Loaded { get => _loaded; set => _loaded = value; }
    }
}
