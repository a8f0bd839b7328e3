namespace ChatOps.ContentUpdates;

/// <summary>Which files of a folder are content YAML: *.yml and *.yaml, in subfolders too, hidden ones skipped.</summary>
internal static class ContentYamlFiles
{
    public static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Paths relative to the folder, '/' separated, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true })
            .Where(IsYaml)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static async Task<IReadOnlyList<ContentFile>> ReadAsync(string folder, IEnumerable<string> relativePaths, CancellationToken cancellationToken)
    {
        var files = new List<ContentFile>();
        foreach (var relativePath in relativePaths)
            files.Add(new ContentFile(relativePath, await File.ReadAllBytesAsync(Path.Combine(folder, relativePath), cancellationToken)));
        return files;
    }
}
