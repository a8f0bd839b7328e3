namespace ChatOps.Execution.Files;

/// <summary>
/// A media type for a returned file from its name's extension: the files XSOAR content usually returns (reports,
/// exports, screenshots, archives). Anything else is left unknown (null) rather than guessed.
/// </summary>
internal static class FileContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain", [".log"] = "text/plain", [".md"] = "text/markdown", [".csv"] = "text/csv",
        [".json"] = "application/json", [".xml"] = "application/xml", [".yml"] = "application/yaml", [".yaml"] = "application/yaml",
        [".html"] = "text/html", [".htm"] = "text/html", [".pdf"] = "application/pdf", [".zip"] = "application/zip",
        [".gz"] = "application/gzip", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif", [".webp"] = "image/webp", [".svg"] = "image/svg+xml", [".eml"] = "message/rfc822",
    };

    public static string? Of(string name) => ByExtension.GetValueOrDefault(Path.GetExtension(name));
}
