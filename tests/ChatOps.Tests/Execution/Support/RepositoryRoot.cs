namespace ChatOps.Tests.Execution.Support;

/// <summary>The checkout the tests run from: the folder holding ChatOps.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string LoopScript => System.IO.Path.Combine(Path, "runtime", "python_loop.py");

    public static string Content => System.IO.Path.Combine(Path, "content");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ChatOps.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatOps.sln not found above " + AppContext.BaseDirectory);
    }
}
