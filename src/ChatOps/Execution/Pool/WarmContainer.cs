using ChatOps.Execution.Loop;

namespace ChatOps.Execution.Pool;

/// <summary>A started container whose loop answered ping, with what the pool needs to decide its fate.</summary>
internal sealed class WarmContainer(string id, PoolKey key, LoopSession session, long now)
{
    public string Id { get; } = id;

    public PoolKey Key { get; } = key;

    public LoopSession Session { get; } = session;

    public int Jobs { get; set; }

    /// <summary>Timestamp (TimeProvider) of the last job or ping that went well.</summary>
    public long LastHealthy { get; set; } = now;

    /// <summary>Timestamp (TimeProvider) of the last time it was handed back idle.</summary>
    public long LastUsed { get; set; } = now;

    public string ShortId => Id.Length > 12 ? Id[..12] : Id;
}
