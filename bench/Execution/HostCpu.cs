using System.Globalization;

namespace ChatOps.Bench.Execution;

/// <summary>
/// CPU spent outside the bot on the way of a job, read from the host (Linux only, else zero): the engine's
/// processes (dockerd, containerd and the containers' shims, which copy every byte of the attach streams) and
/// the pool's containers themselves (their cgroups, v1 or v2). On a shared machine wall-clock latency says more
/// about the neighbours than about the code; CPU per job does not.
/// </summary>
internal sealed record HostCpu(double EngineMs, double ContainersMs)
{
    private static readonly double TicksPerMs = 100 / 1000.0; // USER_HZ is 100 on Linux

    public static HostCpu Take(IEnumerable<string> containerIds) => new(EngineProcessesMs(), containerIds.Sum(ContainerMs));

    public static HostCpu operator -(HostCpu after, HostCpu before) => new(after.EngineMs - before.EngineMs, after.ContainersMs - before.ContainersMs);

    private static double EngineProcessesMs()
    {
        if (!Directory.Exists("/proc")) return 0;
        var total = 0.0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var comm = File.ReadAllText(Path.Combine(folder, "comm")).Trim();
                if (comm is not ("dockerd" or "containerd") && !comm.StartsWith("containerd-shim", StringComparison.Ordinal)) continue;
                // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                total += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerMs;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                // A process that ended while it was read, or one of a kind we may not read.
            }
        }
        return total;
    }

    private static double ContainerMs(string id)
    {
        var v1 = $"/sys/fs/cgroup/cpuacct/docker/{id}/cpuacct.usage";
        if (File.Exists(v1)) return long.Parse(File.ReadAllText(v1).Trim(), CultureInfo.InvariantCulture) / 1e6;
        var v2 = $"/sys/fs/cgroup/system.slice/docker-{id}.scope/cpu.stat";
        if (!File.Exists(v2)) return 0;
        var usage = File.ReadLines(v2).FirstOrDefault(l => l.StartsWith("usage_usec ", StringComparison.Ordinal));
        return usage is null ? 0 : long.Parse(usage["usage_usec ".Length..], CultureInfo.InvariantCulture) / 1e3;
    }
}
