namespace ChatOps.App;

/// <summary>
/// The folder holding appsettings.json: CHATOPS_HOME when the launcher sets it, else the nearest parent of the
/// working directory or of the binary that has one. Relative paths in configuration resolve against it.
/// </summary>
internal static class ChatOpsHome
{
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHATOPS_HOME");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "appsettings.json")))
            return Path.GetFullPath(fromEnvironment);
        return FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && File.Exists(Path.Combine(dir.FullName, "ChatOps.sln")))
                return dir.FullName;
        return null;
    }
}
