using System.Text.Json;

namespace ChatOps.Policy;

/// <summary>
/// How to read what pip really installed in an image: <see cref="Argv"/> runs python3 with importlib.metadata and
/// prints one JSON array; <see cref="Parse"/> turns it into InstalledDistributions. Offered to the image builder,
/// which runs it in the image it just built before asking VetInstalledAsync.
/// </summary>
public static class InstalledDistributionsProbe
{
    private const string Script = """
        import importlib.metadata as m, json
        print(json.dumps([{"name": d.metadata.get("Name") or "", "version": d.metadata.get("Version") or "",
                           "license_expression": d.metadata.get("License-Expression"), "license": d.metadata.get("License"),
                           "classifiers": d.metadata.get_all("Classifier") or []} for d in m.distributions()]))
        """;

    public static IReadOnlyList<string> Argv { get; } = ["python3", "-c", Script];

    /// <exception cref="JsonException">The output is not what the script prints.</exception>
    public static IReadOnlyList<InstalledDistribution> Parse(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateArray()
            .Select(d => new InstalledDistribution(
                d.GetProperty("name").GetString() ?? "",
                d.GetProperty("version").GetString() ?? "",
                d.GetProperty("license_expression").GetString(),
                d.GetProperty("license").GetString(),
                d.GetProperty("classifiers").EnumerateArray().Select(c => c.GetString() ?? "").ToList()))
            .Where(d => d.Name.Length > 0)
            // The same distribution can be seen twice when it sits on two sys.path entries; the first one is what imports.
            .DistinctBy(d => PackageName.Normalise(d.Name))
            .ToList();
    }
}
