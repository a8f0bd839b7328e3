namespace ChatOps.Options;

/// <summary>Section "Docker": how to reach the engine.</summary>
public sealed class DockerOptions
{
    public const string Section = "Docker";

    /// <summary>Engine endpoint; the default local socket unless configured (unix:// or tcp://).</summary>
    public string Endpoint { get; set; } = "unix:///var/run/docker.sock";

    /// <summary>Per-request timeout for engine calls that are not streams (list, inspect). Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
