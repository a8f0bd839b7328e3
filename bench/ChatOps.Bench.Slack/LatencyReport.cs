namespace ChatOps.Bench.Slack;

/// <summary>Percentiles of the answered requests' latencies.</summary>
internal sealed record LatencyReport(int Answered, int Failed, double AchievedRate, TimeSpan P50, TimeSpan P90, TimeSpan P99, TimeSpan Max)
{
    public static LatencyReport From(List<TimeSpan> latencies, int failed, TimeSpan elapsed)
    {
        latencies.Sort();
        TimeSpan At(double q) => latencies.Count == 0 ? TimeSpan.Zero : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return new LatencyReport(latencies.Count, failed, (latencies.Count + failed) / elapsed.TotalSeconds,
            At(0.50), At(0.90), At(0.99), latencies.Count == 0 ? TimeSpan.Zero : latencies[^1]);
    }

    public override string ToString() =>
        $"answered {Answered}, failed {Failed}, rate {AchievedRate:F0}/s, p50 {P50.TotalMilliseconds:F2} ms, p90 {P90.TotalMilliseconds:F2} ms, p99 {P99.TotalMilliseconds:F2} ms, max {Max.TotalMilliseconds:F2} ms";
}
