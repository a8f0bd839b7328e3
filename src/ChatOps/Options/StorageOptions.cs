namespace ChatOps.Options;

/// <summary>Section "Storage": where the SQLite database lives.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for chatops.db. Default ".chatops" under the working directory.</summary>
    public string Folder { get; set; } = ".chatops";

    public string DatabasePath => Path.Combine(Folder, "chatops.db");
}
