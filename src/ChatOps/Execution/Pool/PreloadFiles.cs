using ChatOps.Options;

namespace ChatOps.Execution.Pool;

/// <summary>
/// Which modules the loop preloads: CommonServerPython and CommonServerUserPython, as XSOAR's server prepends them
/// to every Python script. Each comes from its configured path, else from the content folder when it is a
/// demisto/content checkout (Packs/Base/Scripts/Name/Name.py); a module found nowhere is simply not preloaded.
/// </summary>
internal static class PreloadFiles
{
    private static readonly string[] Modules = ["CommonServerPython", "CommonServerUserPython"];

    public static IReadOnlyList<PreloadFile> Find(ExecutorOptions options, string contentFolder, Func<string, string> resolve)
    {
        var found = new List<PreloadFile>();
        for (var index = 0; index < Modules.Length; index++)
        {
            var module = Modules[index];
            var configured = module == "CommonServerPython" ? options.CommonServerPython : options.CommonServerUserPython;
            var path = configured.Length > 0
                ? resolve(configured)
                : Path.Combine(contentFolder, "Packs", "Base", "Scripts", module, module + ".py");
            if (File.Exists(path)) found.Add(new PreloadFile((index + 1) * 10, module, path));
            else if (configured.Length > 0)
                throw new FileNotFoundException($"Executor:{module} names {path}, which does not exist. Point it at {module}.py (or leave it empty to take it from the content folder).", path);
        }
        return found;
    }
}
