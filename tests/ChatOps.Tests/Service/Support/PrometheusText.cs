using System.Globalization;

namespace ChatOps.Tests.Service.Support;

/// <summary>Reads one sample out of Prometheus's text format: the series of a metric whose labels include every given label.</summary>
internal static class PrometheusText
{
    public static double? Value(string text, string metric, params string[] labels)
    {
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(metric + "{", StringComparison.Ordinal) && !line.StartsWith(metric + " ", StringComparison.Ordinal)) continue;
            if (!labels.All(label => line.Contains(label, StringComparison.Ordinal))) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // name{labels} value [timestamp]
            return double.Parse(parts[line.Contains('}') ? Array.FindIndex(parts, p => p.EndsWith('}')) + 1 : 1], CultureInfo.InvariantCulture);
        }
        return null;
    }
}
