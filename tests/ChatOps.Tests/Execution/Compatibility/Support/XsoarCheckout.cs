namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// The real content checkout the compatibility tests run against: CHATOPS_XSOAR_CONTENT names it. Its code is the
/// content team's and is never part of this repository, so without the variable there is nothing to run them on.
/// </summary>
internal static class XsoarCheckout
{
    public const string Variable = "CHATOPS_XSOAR_CONTENT";

    /// <summary>The checkout's folder, or null when the variable is unset or empty.</summary>
    public static string? Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;

    public static string SkipReason =>
        $"{Variable} is not set: the compatibility tests need a demisto/content checkout (run `{Variable}=/path/to/content ./test`)";

    /// <summary>
    /// Every script folder of the checkout (Packs/*/Scripts/*) but CommonServerPython and CommonServerUserPython,
    /// which are not scripts a user runs: the runtime loads them into every script.
    /// </summary>
    public static IReadOnlyList<string> ScriptNames(string folder)
    {
        var packs = Path.Combine(folder, "Packs");
        if (!Directory.Exists(packs)) return [];
        return Directory.EnumerateDirectories(packs)
            .Select(pack => Path.Combine(pack, "Scripts"))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not ("CommonServerPython" or "CommonServerUserPython"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
