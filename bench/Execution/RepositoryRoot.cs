namespace ChatOps.Bench.Execution;

/// <summary>The checkout the bench runs from: runtime/python_loop.py and the content live under it.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatOps.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
