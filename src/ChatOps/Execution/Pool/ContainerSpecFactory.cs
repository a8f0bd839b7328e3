using System.Globalization;
using ChatOps.Engine;
using ChatOps.Options;

namespace ChatOps.Execution.Pool;

/// <summary>The hardened container for a pool key, every limit from ExecutorOptions.</summary>
internal sealed class ContainerSpecFactory(ExecutorOptions options, ContainerLabels labels, LoopScriptArchive loop)
{
    /// <summary>Where the loop script is put (an anonymous volume: see DockerContainerEngine).</summary>
    public const string RunnerFolder = "/opt/chatops";

    public ContainerSpec Create(PoolKey key) => new(
        key.Image,
        [key.Interpreter, $"{RunnerFolder}/{loop.FileName}"],
        labels.Mine,
        options.User,
        key.Network ?? options.NetworkMode,
        options.ReadOnlyRootFilesystem,
        new Dictionary<string, string> { ["/tmp"] = $"rw,size={options.TmpfsSize},mode=1777" },
        options.DropAllCapabilities,
        options.NoNewPrivileges,
        options.PidsLimit,
        options.MemoryMegabytes * 1024 * 1024,
        (long)(options.Cpus * 1_000_000_000),
        RunnerFolder,
        // HOME on the tmpfs: the image's home folder is read-only. No bytecode files: nowhere to write them.
        ["HOME=/tmp", "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8", "LANG=C.UTF-8", .. ProxyEnvironment(key.Proxy)])
    {
        RequiredEngineLabels = key.EngineLabels.Split(',', StringSplitOptions.RemoveEmptyEntries),
    };

    /// <summary>Both spellings: requests reads either, curl and some libraries only the lower-case ones.</summary>
    private static IEnumerable<string> ProxyEnvironment(string proxy) => proxy.Length == 0
        ? []
        : [$"HTTP_PROXY={proxy}", $"HTTPS_PROXY={proxy}", $"http_proxy={proxy}", $"https_proxy={proxy}"];

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"user {options.User}, network {options.NetworkMode}, read-only root {options.ReadOnlyRootFilesystem}, tmpfs /tmp {options.TmpfsSize}, " +
        $"{options.PidsLimit} pids, {options.MemoryMegabytes} MiB, {options.Cpus} CPU");
}
