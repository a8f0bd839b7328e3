using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;

namespace ChatOps.Execution;

/// <summary>
/// The XSOAR "context" of each war-room channel: what scripts set with setContext and read with getContext or
/// demisto.context(). Kept in SQLite (table channel_context) so a restart of the bot loses none of an incident's
/// context; each channel is read from the file once and then served from memory, so a script run pays no query.
/// A set is written to the file before it is visible, and refused whole when the channel would grow past its bound.
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

    /// <summary>Sets one key; null on success, else why it was refused.</summary>
    public async Task<string?> SetAsync(string channel, string key, JsonNode? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key)) return "setContext needs a non-empty key";
        var state = await LoadedAsync(channel, cancellationToken);
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            // The published context is its JSON text, which every reader parses into its own copy: the next one is
            // built aside, saved, then swapped in.
            var next = Parse(state.Json);
            next[key] = value?.DeepClone();
            var json = next.ToJsonString();
            if (Encoding.UTF8.GetByteCount(json) > options.ContextLimitBytes)
                return $"the context of this channel would exceed {options.ContextLimitBytes} bytes; '{key}' was not set";
            try
            {
                await _saved.SaveAsync(channel, json, cancellationToken);
            }
            catch (SqliteException failure)
            {
                return $"the context of this channel could not be saved ({failure.Message.Trim()}); '{key}' was not set";
            }
            state.Json = json;
            return null;
        }
        finally
        {
            state.Gate.Release();
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
