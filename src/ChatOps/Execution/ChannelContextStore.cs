using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Options;

namespace ChatOps.Execution;

/// <summary>
/// The XSOAR "context" of each war-room channel: what scripts set with setContext and read with getContext or
/// demisto.context(). Kept in memory for the life of the bot; bounded in size per channel.
/// </summary>
internal sealed class ChannelContextStore(ExecutorOptions options)
{
    private readonly ConcurrentDictionary<string, JsonObject> _channels = new(StringComparer.Ordinal);

    /// <summary>A copy of the channel's context: a script reads a snapshot, never the live object.</summary>
    public JsonObject Snapshot(string channel)
    {
        var context = _channels.GetOrAdd(channel, _ => new JsonObject());
        lock (context) return (JsonObject)context.DeepClone();
    }

    /// <summary>Sets one key; null on success, else why it was refused.</summary>
    public string? Set(string channel, string key, JsonNode? value)
    {
        if (string.IsNullOrWhiteSpace(key)) return "setContext needs a non-empty key";
        var context = _channels.GetOrAdd(channel, _ => new JsonObject());
        lock (context)
        {
            var previous = context[key]?.DeepClone();
            context[key] = value?.DeepClone();
            if (Encoding.UTF8.GetByteCount(context.ToJsonString()) <= options.ContextLimitBytes) return null;
            context[key] = previous;
            return $"the context of this channel would exceed {options.ContextLimitBytes} bytes; '{key}' was not set";
        }
    }
}
