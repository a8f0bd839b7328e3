namespace ChatOps.Policy;

/// <summary>Reads the tab separated data files embedded from Policy/Data/: '#' lines are provenance, the first other line is the header.</summary>
internal static class EmbeddedData
{
    public static IReadOnlyList<string[]> ReadTsv(string resourceName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded data file {resourceName} is missing from the ChatOps assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            rows.Add(line.Split('\t'));
        }
        return rows;
    }
}
