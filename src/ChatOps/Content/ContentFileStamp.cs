namespace ChatOps.Content;

/// <summary>
/// What a rescan compares to see that an item changed: write time and length of its YAML and of the .py a split
/// item keeps its code in (-1 when absent, so a .py that appears or goes is a change too). The length catches
/// an edit made within the file system's timestamp granularity.
/// </summary>
internal readonly record struct ContentFileStamp(long YamlTicks, long YamlLength, long CodeTicks, long CodeLength)
{
    public static ContentFileStamp Of(string yamlPath)
    {
        var yaml = new FileInfo(yamlPath);
        var code = new FileInfo(ContentCode.SplitPath(yamlPath));
        return new ContentFileStamp(Ticks(yaml), Length(yaml), Ticks(code), Length(code));
    }

    private static long Ticks(FileInfo file) => file.Exists ? file.LastWriteTimeUtc.Ticks : -1;

    private static long Length(FileInfo file) => file.Exists ? file.Length : -1;
}
