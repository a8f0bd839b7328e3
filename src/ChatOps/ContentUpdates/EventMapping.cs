using YamlDotNet.Core;

namespace ChatOps.ContentUpdates;

/// <summary>A mapping in document order.</summary>
internal sealed record EventMapping(Mark Start, IReadOnlyList<KeyValuePair<EventNode, EventNode>> Entries) : EventNode(Start)
{
    /// <summary>The value of the first entry whose key is the scalar <paramref name="key"/>, or null.</summary>
    public EventNode? Get(string key) =>
        Entries.FirstOrDefault(e => e.Key is EventScalar scalar && scalar.Value == key).Value;
}
