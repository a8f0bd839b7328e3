using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.App.Service.Readiness;

/// <summary>
/// /readyz's body: "ready" or "not ready", the failing parts named first (each with why), then every check. The
/// status code (200 or 503) is the health-check middleware's.
/// </summary>
internal static class ReadinessResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var failing = report.Entries.Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Description}").ToArray();
        var body = new
        {
            status = failing.Length == 0 ? "ready" : "not ready",
            failing,
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
            {
                status = entry.Value.Status == HealthStatus.Healthy ? "ok" : "failing",
                detail = entry.Value.Description,
            }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
