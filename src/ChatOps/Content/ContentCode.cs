namespace ChatOps.Content;

/// <summary>
/// An item's code: under <c>script:</c> (unified), or, when that is empty or <c>'-'</c>, in Name.py beside
/// Name.yml (split, as demisto/content keeps it).
/// </summary>
internal static class ContentCode
{
    /// <param name="line">The line of the <c>script:</c> key, for the error when neither is there.</param>
    public static string Read(string? inline, string yamlPath, int line)
    {
        if (!string.IsNullOrWhiteSpace(inline) && inline.Trim() != "-") return inline;
        var split = SplitPath(yamlPath);
        if (File.Exists(split)) return File.ReadAllText(split);
        throw new ContentFormatException($"script is empty and there is no {Path.GetFileName(split)} beside the YAML", line);
    }

    /// <summary>Where a split item keeps its code: the YAML's name with .py.</summary>
    public static string SplitPath(string yamlPath) => Path.ChangeExtension(yamlPath, ".py");
}
