using ChatOps.Content;

namespace ChatOps.Integrations;

/// <summary>How param text becomes the value XSOAR passes: checkboxes as booleans, multi-selects as lists.</summary>
internal static class ParamValues
{
    /// <summary>"true" or "false" in any case (JSON true in appsettings.json binds as "True"); null for anything else.</summary>
    public static bool? Boolean(string text) =>
        text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
        : text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>A multi-select's comma-separated text as its items, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Items(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The first item the param does not offer; null when all are offered or the param offers no list.</summary>
    public static string? NotAnOption(IntegrationParam param, IEnumerable<string> items) =>
        param.Options is not { Count: > 0 } options ? null : items.FirstOrDefault(i => !options.Contains(i, StringComparer.Ordinal));
}
