using System.Collections.Concurrent;

namespace ChatOps.Telemetry;

/// <summary>
/// The long-lived platform connections (Slack Socket Mode, the Discord gateway) as their services last saw them,
/// for /readyz, and their reconnects, for the metrics. Only connections that are configured to run are listed: a
/// platform used over HTTP alone has nothing here to be down.
/// </summary>
public sealed class PlatformConnections(ChatOpsMetrics metrics)
{
    private readonly ConcurrentDictionary<string, PlatformConnectionState> _states = new(StringComparer.Ordinal);

    /// <summary>The service will keep this connection open: listed as down until it is up.</summary>
    public void Expect(string name) => _states.TryAdd(name, new PlatformConnectionState(false, "not connected yet"));

    public void Up(string name) => _states[name] = new PlatformConnectionState(true, "connected");

    public void Down(string name, string why) => _states[name] = new PlatformConnectionState(false, why);

    /// <summary>The connection ended and a new one is being opened.</summary>
    public void Reconnecting(string name) => metrics.Reconnected(name);

    public IReadOnlyDictionary<string, PlatformConnectionState> Snapshot() => new Dictionary<string, PlatformConnectionState>(_states, StringComparer.Ordinal);
}
