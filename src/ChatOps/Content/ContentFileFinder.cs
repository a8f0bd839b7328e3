namespace ChatOps.Content;

/// <summary>
/// Which YAML files of the content folder may be items, in either layout:
/// <list type="bullet">
/// <item>a demisto/content checkout (a folder holding <c>Packs/</c>), a <c>Packs/</c> folder, or one pack (it holds
/// <c>pack_metadata.json</c>): items live only in a pack's <c>Scripts/</c> and <c>Integrations/</c>, unified YAMLs
/// directly there, split ones one folder down. Everything else in a checkout (playbooks, layouts, fields, test
/// playbooks, test_data, the repository's CI and tooling) is other content or no content, and is not read, as
/// demisto-sdk tells items by where they sit;</item>
/// <item>our own layout (anything else): every *.yml / *.yaml below it, hidden folders and test_data aside.</item>
/// </list>
/// </summary>
internal static class ContentFileFinder
{
    private static readonly string[] ItemFolders = ["Scripts", "Integrations"];

    /// <summary>The candidates, in ordinal path order (so "first loaded" means the same on every scan).</summary>
    public static List<ContentCandidate> Find(string folder)
    {
        var found = new List<ContentCandidate>();
        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) == "Packs") AddPacks(folder, found);
        else Walk(folder, found);
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private static void Walk(string folder, List<ContentCandidate> found)
    {
        var packs = Path.Combine(folder, "Packs");
        if (Directory.Exists(packs))
        {
            AddPacks(packs, found);
            return;
        }
        if (File.Exists(Path.Combine(folder, "pack_metadata.json")))
        {
            AddPack(folder, found);
            return;
        }
        found.AddRange(YamlFiles(folder).Select(f => new ContentCandidate(f, null)));
        foreach (var sub in Directory.EnumerateDirectories(folder))
            if (!IsSkipped(Path.GetFileName(sub))) Walk(sub, found);
    }

    private static void AddPacks(string packs, List<ContentCandidate> found)
    {
        foreach (var pack in Directory.EnumerateDirectories(packs))
            if (!IsSkipped(Path.GetFileName(pack))) AddPack(pack, found);
    }

    private static void AddPack(string pack, List<ContentCandidate> found)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(pack));
        foreach (var kind in ItemFolders)
        {
            var items = Path.Combine(pack, kind);
            if (!Directory.Exists(items)) continue;
            var files = YamlFiles(items).Concat(Directory.EnumerateDirectories(items)
                .Where(d => !IsSkipped(Path.GetFileName(d)))
                .SelectMany(YamlFiles));
            found.AddRange(files.Select(f => new ContentCandidate(f, name)));
        }
    }

    private static IEnumerable<string> YamlFiles(string folder) =>
        Directory.EnumerateFiles(folder).Where(f => !IsSkipped(Path.GetFileName(f)) &&
            (f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Hidden entries (.git, .gitlab-ci.yml...) and test data are never content.</summary>
    private static bool IsSkipped(string name) =>
        name.StartsWith('.') || name.Equals("test_data", StringComparison.OrdinalIgnoreCase) || name.Equals("TestData", StringComparison.Ordinal);
}
