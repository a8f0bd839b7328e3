using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatOps.Telemetry;

/// <summary>
/// The bot's instruments, on one Meter named <see cref="MeterName"/> created through IMeterFactory (so each host,
/// and each test host, has its own). The core records; the host decides where the numbers go (Prometheus in
/// `chatops serve`). Durations are in seconds, as OpenTelemetry's conventions ask, with buckets that fit them.
/// </summary>
public sealed class ChatOpsMetrics
{
    public const string MeterName = "ChatOps";

    // From a millisecond (a warm script) to ten minutes (a cold image build).
    private static readonly IReadOnlyList<double> SecondsBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

    private readonly Meter _meter;
    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandDuration;
    private readonly Histogram<double> _acknowledgement;
    private readonly Histogram<double> _buildDuration;
    private readonly UpDownCounter<long> _buildsQueued;
    private readonly Histogram<double> _scriptDuration;
    private readonly Counter<long> _reconnects;

    public ChatOpsMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _commands = _meter.CreateCounter<long>("chatops.commands", "{command}", "Commands the war room finished, by verb, platform and outcome.");
        _commandDuration = Seconds("chatops.command.duration", "From the received audit row to the completed one.");
        _acknowledgement = Seconds("chatops.acknowledgement.duration", "From a platform's request arriving to its HTTP answer (the acknowledgement).");
        _buildDuration = Seconds("chatops.build.duration", "Image builds, from taking a build slot to their outcome.");
        _buildsQueued = _meter.CreateUpDownCounter<long>("chatops.build.queue.depth", "{build}", "Builds waiting for a build slot.");
        _scriptDuration = Seconds("chatops.script.duration", "One job on a warm container, from sending it to its end.");
        _reconnects = _meter.CreateCounter<long>("chatops.platform.reconnects", "{reconnect}", "Times a platform connection (Socket Mode, gateway) was opened again after it ended.");
    }

    public void CommandCompleted(string verb, string platform, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "verb", verb }, { "platform", platform }, { "outcome", OutcomeKind(outcome) } };
        _commands.Add(1, tags);
        _commandDuration.Record(duration.TotalSeconds, tags);
    }

    public void Acknowledged(string platform, TimeSpan latency) => _acknowledgement.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));

    public void BuildQueued() => _buildsQueued.Add(1);

    public void BuildLeftQueue() => _buildsQueued.Add(-1);

    public void BuildFinished(string outcome, TimeSpan duration) => _buildDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));

    public void ScriptFinished(string script, string ending, TimeSpan duration) =>
        _scriptDuration.Record(duration.TotalSeconds, new TagList { { "script", script }, { "ending", ending } });

    public void Reconnected(string platform) => _reconnects.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>Commands running right now, read when the metrics are collected.</summary>
    public void ObserveRunningCommands(Func<int> running) =>
        _meter.CreateObservableGauge("chatops.commands.running", running, "{command}", "Commands the war room is running right now.");

    /// <summary>Warm containers per image and state (idle, busy), read when the metrics are collected.</summary>
    public void ObserveWarmPool(Func<IEnumerable<Measurement<int>>> sizes) =>
        _meter.CreateObservableGauge("chatops.pool.containers", sizes, "{container}", "Warm script containers, by image and state (idle or busy).");

    /// <summary>"ok", "error", "failed", "cancelled", "refused", "abandoned", "interrupted": the word before the colon, so the label stays small.</summary>
    public static string OutcomeKind(string outcome)
    {
        var colon = outcome.IndexOf(':');
        return colon < 0 ? outcome : outcome[..colon];
    }

    private Histogram<double> Seconds(string name, string description) =>
        _meter.CreateHistogram(name, "s", description, tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
}
