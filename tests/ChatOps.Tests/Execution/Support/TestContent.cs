namespace ChatOps.Tests.Execution.Support;

/// <summary>A temporary content folder: a copy of the repository's content plus scripts a test writes.</summary>
internal sealed class TestContent : IDisposable
{
    public TestContent(bool withRepositoryContent)
    {
        Folder = Path.Combine(Path.GetTempPath(), "chatops-exec-content-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        if (!withRepositoryContent) return;
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(RepositoryRoot.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    /// <summary>Writes a unified python3 script; args as YAML list items (already indented by the caller or simple names).</summary>
    public TestContent Script(string name, string code, string args = "", string extra = "")
    {
        var indented = string.Join('\n', code.Split('\n').Select(l => "  " + l));
        File.WriteAllText(Path.Combine(Folder, name + ".yml"),
            $"commonfields:\n  id: {name}\n  version: -1\nname: {name}\ntype: python\nsubtype: python3\ncomment: test script {name}\n" +
            (args.Length > 0 ? "args:\n" + args + "\n" : "") + extra +
            $"script: |-\n{indented}\n");
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
