namespace ChatOps.Access;

/// <summary>The permission names a role can list.</summary>
internal static class Permissions
{
    public const string ImagesList = "images.list";
    public const string ImagesCreate = "images.create";
    public const string ImagesUpdate = "images.update";
    public const string ImagesDelete = "images.delete";
    public const string ImagesApprove = "images.approve";
    public const string ScriptsRun = "scripts.run";
    public const string IntegrationsRun = "integrations.run";
    public const string ContentUpdate = "content.update";
    public const string AuditRead = "audit.read";
    public const string EnginesList = "engines.list";

    public static string Script(string name) => $"{ScriptsRun}:{name}";

    public static string Integration(string instance) => $"{IntegrationsRun}:{instance}";
}
