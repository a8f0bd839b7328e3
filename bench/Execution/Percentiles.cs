using System.Globalization;

namespace ChatOps.Bench.Execution;

/// <summary>p50 / p95 / mean of a set of durations, printed in milliseconds.</summary>
internal sealed record Percentiles(string Name, int Count, double P50, double P95, double Mean)
{
    public static Percentiles Of(string name, IReadOnlyCollection<TimeSpan> samples)
    {
        var ms = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
        return new Percentiles(name, ms.Length, At(ms, 0.50), At(ms, 0.95), ms.Average());
    }

    private static double At(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-46} n={Count,5}  p50 {P50,9:0.000} ms  p95 {P95,9:0.000} ms  mean {Mean,9:0.000} ms");
}
