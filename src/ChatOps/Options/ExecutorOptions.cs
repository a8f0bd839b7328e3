namespace ChatOps.Options;

/// <summary>Section "Executor": how content scripts run in containers.</summary>
public sealed class ExecutorOptions
{
    public const string Section = "Executor";

    /// <summary>Image for python3 scripts that name none. Default demisto/python3-deb:3.11.2.1.</summary>
    public string DefaultPython3Image { get; set; } = "demisto/python3-deb:3.11.2.1";

    /// <summary>Image for python2 scripts that name none. Default demisto/python:1.3-alpine (XSOAR's).</summary>
    public string DefaultPython2Image { get; set; } = "demisto/python:1.3-alpine";

    /// <summary>Python loop script copied into each container. Default: the repository's own.</summary>
    public string LoopScriptPath { get; set; } = "runtime/python_loop.py";

    /// <summary>Per-script timeout; the container is killed and replaced after it. Default 60 s.</summary>
    public TimeSpan ScriptTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
