using System.Text;

namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>A fresh folder under the temp directory, removed with everything in it at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatops-updater-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes the text as UTF-8 exactly as given (its \n or \r\n included), creating folders on the way.</summary>
    public string Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }

    public string Read(string relativePath) => Encoding.UTF8.GetString(File.ReadAllBytes(System.IO.Path.Combine(Path, relativePath)));

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
