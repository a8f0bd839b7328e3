namespace ChatOps.Options;

/// <summary>Section "Executor": how content scripts run in containers.</summary>
public sealed class ExecutorOptions
{
    public const string Section = "Executor";

    /// <summary>Image for python3 scripts that name none. Default demisto/python3-deb:3.11.2.1.</summary>
    public string DefaultPython3Image { get; set; } = "demisto/python3-deb:3.11.2.1";

    /// <summary>Image for python2 scripts that name none. Default demisto/python:1.3-alpine (XSOAR's).</summary>
    public string DefaultPython2Image { get; set; } = "demisto/python:1.3-alpine";

    /// <summary>
    /// Python loop script copied (put archive) into each container; relative to the folder holding appsettings.json.
    /// Default: the repository's own runtime/python_loop.py. Any XSOAR-compatible loop works.
    /// </summary>
    public string LoopScriptPath { get; set; } = "runtime/python_loop.py";

    /// <summary>
    /// CommonServerPython.py to load into every Python script's globals, as XSOAR's server prepends it; relative to the
    /// folder holding appsettings.json. Default empty: Packs/Base/Scripts/CommonServerPython/CommonServerPython.py of
    /// the content folder when it is a demisto/content checkout, else none.
    /// </summary>
    public string CommonServerPython { get; set; } = "";

    /// <summary>CommonServerUserPython.py, loaded after CommonServerPython; found the same way. Default empty.</summary>
    public string CommonServerUserPython { get; set; } = "";

    /// <summary>
    /// Images content names, mapped to local ones: keys are an exact image or a repository (any tag), values the image
    /// to run instead. Default empty. Example: {"demisto/python3": "demisto/python3-deb:3.11.2.1"}.
    /// </summary>
    public Dictionary<string, string> ImageMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per-script timeout; the container is killed and replaced after it. Default 60 s.</summary>
    public TimeSpan ScriptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// This bot's value of the org.chatops.instance label. Containers carry it so the bot removes its own leftovers
    /// at start and stop and never another bot's (or another test's) on the same engine. Default "default".
    /// </summary>
    public string InstanceId { get; set; } = "default";

    /// <summary>Warm containers per image, busy ones included; more jobs wait for one. Default 4.</summary>
    public int MaxContainersPerImage { get; set; } = 4;

    /// <summary>Jobs one container runs before it is replaced by a fresh one. Default 500.</summary>
    public int MaxJobsPerContainer { get; set; } = 500;

    /// <summary>An idle container is stopped and removed after this long unused. Default 5 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A container idle longer than this is pinged before it gets a job. Default 10 s.</summary>
    public TimeSpan HealthCheckAfterIdle { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a new container may take to answer its first ping. Default 30 s.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Bytes of output (logs, results, tracebacks) kept per script run; the rest is dropped with a note. Default 1 MiB.</summary>
    public int OutputLimitBytes { get; set; } = 1024 * 1024;

    /// <summary>Bytes one file a script returns (fileResult) may have; a larger one is refused. Default 20 MiB.</summary>
    public long FileLimitBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How deep scripts may call scripts through executeCommand. Default 5.</summary>
    public int MaxNestingDepth { get; set; } = 5;

    /// <summary>Bytes of JSON one war-room channel's context may hold. Default 1 MiB.</summary>
    public int ContextLimitBytes { get; set; } = 1024 * 1024;

    /// <summary>Container user (uid:gid). Default 4000:4000, the demisto user of the base images.</summary>
    public string User { get; set; } = "4000:4000";

    /// <summary>Container network mode. Default "none": scripts get no network.</summary>
    public string NetworkMode { get; set; } = "none";

    /// <summary>Mount the root filesystem read-only (only /tmp is writable). Default true.</summary>
    public bool ReadOnlyRootFilesystem { get; set; } = true;

    /// <summary>Size of the tmpfs mounted on /tmp, in the engine's notation. Default "64m".</summary>
    public string TmpfsSize { get; set; } = "64m";

    /// <summary>Drop every Linux capability. Default true.</summary>
    public bool DropAllCapabilities { get; set; } = true;

    /// <summary>Set no-new-privileges (setuid binaries gain nothing). Default true.</summary>
    public bool NoNewPrivileges { get; set; } = true;

    /// <summary>Maximum processes in one container (fork bombs stop here). Default 64.</summary>
    public long PidsLimit { get; set; } = 64;

    /// <summary>Memory limit per container in MiB, swap included. Default 256.</summary>
    public long MemoryMegabytes { get; set; } = 256;

    /// <summary>CPUs per container (fractions allowed). Default 1.</summary>
    public double Cpus { get; set; } = 1.0;
}
