namespace ChatOps.App.Service;

/// <summary>Section "Service": how `chatops serve` runs as a service (logs, metrics, readiness, shutdown).</summary>
internal sealed class ServiceOptions
{
    public const string Section = "Service";

    /// <summary>"text" (one readable line per entry, the default) or "json" (one JSON object per line on stderr, for a log shipper).</summary>
    public string LogFormat { get; set; } = "text";

    /// <summary>Where Prometheus scrapes the OpenTelemetry metrics. Default /metrics.</summary>
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>
    /// After SIGTERM, how long running commands (a script, a build) may take to finish while new ones are answered
    /// with the restart notice. Default 30 s. The unit's TimeoutStopSec and the host's shutdown timeout are set
    /// above it, so systemd does not kill the bot while it waits.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>What a command typed during that time is answered.</summary>
    public string RestartNotice { get; set; } = "The bot is restarting and takes no new commands right now; try again in a minute.";

    /// <summary>How long one /readyz check (the engine's ping, the database write) may take before it counts as failed. Default 5 s.</summary>
    public TimeSpan ReadinessCheckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public bool JsonLogs => string.Equals(LogFormat, "json", StringComparison.OrdinalIgnoreCase);
}
