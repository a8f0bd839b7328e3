namespace ChatOps.Engine;

/// <summary>
/// The one label scheme on everything the bot creates in an engine: images, build-step containers, check,
/// vetting and script containers all carry <see cref="Managed"/>=true and a <see cref="Role"/>, so one sweep
/// finds every leftover, whichever part made it and however it died.
/// </summary>
public static class ManagedLabels
{
    public const string Managed = "org.chatops.managed";
    public const string Role = "org.chatops.role";

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
}
