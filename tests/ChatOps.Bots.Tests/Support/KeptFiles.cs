using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Support;

/// <summary>Files as the bot keeps them, in a temporary folder removed on dispose: FileReplies whose bytes an adapter really reads.</summary>
internal sealed class KeptFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-kept-files-").FullName;

    /// <param name="name">The script's name for the file.</param>
    /// <param name="keptAs">The safe name the store gave it on disk.</param>
    public FileReply Add(string name, string keptAs, byte[] bytes, string? contentType = null)
    {
        var path = Path.Combine(_folder, keptAs);
        File.WriteAllBytes(path, bytes);
        return new FileReply(name, path, bytes.Length, contentType);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
