namespace ChatOps.Engine;

/// <summary>
/// The one label scheme on everything the bot creates in an engine: images, build-step containers, check,
/// vetting and script containers all carry <see cref="Managed"/>=true and a <see cref="Role"/>, so one sweep
/// finds every leftover, whichever part made it and however it died. Every label name the bot writes or reads
/// is declared here and nowhere else.
/// </summary>
public static class ManagedLabels
{
    public const string Managed = "org.chatops.managed";
    public const string Role = "org.chatops.role";

    /// <summary>Which bot instance (Executor:InstanceId) a script container belongs to, so bots sharing an engine clean only their own.</summary>
    public const string Instance = "org.chatops.instance";

    /// <summary>On an image: who asked for it ("platform/user").</summary>
    public const string RequestedBy = "org.chatops.requested-by";

    /// <summary>On an image: the spec it was built from (ImageSpecJson), so an update can check it again.</summary>
    public const string Spec = "org.chatops.spec";

    /// <summary>On an image: when it was built (the OCI annotation).</summary>
    public const string Created = "org.opencontainers.image.created";

    /// <summary>Marks the short containers that look inside an image, so they can be told from build-step containers.</summary>
    public const string CheckContainer = "org.chatops.check-container";

    /// <summary>Images the bot builds, and the containers of their build steps (the label is set right after FROM).</summary>
    public const string ImageBuild = "image-build";

    /// <summary>The short containers that look inside an image (its OS, what was installed).</summary>
    public const string ImageCheck = "image-check";

    /// <summary>The containers that vet OS package names against a base image's index.</summary>
    public const string PackageVetting = "package-vetting";

    /// <summary>The long-lived containers content scripts run in (cleaned by their pool, per instance).</summary>
    public const string ScriptRunner = "script-runner";

    /// <summary>Label filter value for the engine's list calls: key=value.</summary>
    public static string Filter(string key, string value) => $"{key}={value}";

    /// <summary>The labels of a container or image in this role: the extra ones (Images:Labels), then the scheme's own, which win.</summary>
    public static Dictionary<string, string> For(string role, IReadOnlyDictionary<string, string>? extra = null) =>
        new(extra ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [Managed] = "true",
            [Role] = role,
        };
}
