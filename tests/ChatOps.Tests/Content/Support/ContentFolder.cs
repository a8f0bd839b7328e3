namespace ChatOps.Tests.Content.Support;

/// <summary>A temporary folder of content files a test writes, deleted afterwards.</summary>
internal sealed class ContentFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatops-content-" + Guid.NewGuid().ToString("N")[..12]);

    public ContentFolder() => Directory.CreateDirectory(Path);

    public ContentFolder Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
