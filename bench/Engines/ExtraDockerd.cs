using System.Diagnostics;
using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Bench.Engines;

/// <summary>
/// One more real dockerd for the bench alone, started as the test suite's PrivateEngine starts one (no bridge, no
/// iptables, its own socket, data root, exec root and pidfile under a temp folder) and given the base image from
/// the main engine (docker save | docker load), so the scheduler has a real choice. Dispose stops it and removes
/// its folder; it is safe to call after a failed or partial start.
/// </summary>
internal sealed class ExtraDockerd : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("chatops-bench-dockerd-").FullName;
    private int? _pid;

    public string Endpoint => $"unix://{Socket}";

    private string Socket => Path.Combine(_root, "docker.sock");

    private string LogPath => Path.Combine(_root, "dockerd.log");

    /// <summary>Starts dockerd, waits for its ping, then loads the image from the engine at mainEndpoint.</summary>
    public async Task StartAsync(string mainEndpoint, string image, CancellationToken cancellationToken)
    {
        string[] flags =
        [
            "--host=" + Endpoint, "--data-root=" + Path.Combine(_root, "data"), "--exec-root=" + Path.Combine(_root, "exec"),
            "--pidfile=" + Path.Combine(_root, "dockerd.pid"), "--bridge=none", "--iptables=false", "--ip6tables=false",
        ];
        // Through bash so dockerd's streams are the log file from its first byte, and $! is dockerd itself; the
        // flags go as bash's own arguments, so nothing needs quoting.
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "log=$1; shift; dockerd \"$@\" >>\"$log\" 2>&1 </dev/null & echo $!", "bash", LogPath, .. flags])
            start.ArgumentList.Add(argument);
        // Not cancellable: bash answers at once, and a dockerd whose pid we never read could not be stopped.
        using (var bash = Process.Start(start)!)
        {
            _pid = int.Parse((await bash.StandardOutput.ReadToEndAsync(CancellationToken.None)).Trim(), CultureInfo.InvariantCulture);
            await bash.WaitForExitAsync(CancellationToken.None);
        }

        using var mine = new DockerClientConfiguration(new Uri(Endpoint)).CreateClient();
        await WaitForPingAsync(mine, cancellationToken);
        using var main = new DockerClientConfiguration(new Uri(mainEndpoint)).CreateClient();
        await using var saved = await main.Images.SaveImageAsync(image, cancellationToken);
        await mine.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, saved, new Progress<JSONMessage>(), cancellationToken);
        if (await mine.Images.InspectImageAsync(image, cancellationToken) is null) throw new InvalidOperationException($"{image} did not load into {Endpoint}");
    }

    private async Task WaitForPingAsync(DockerClient client, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                await client.System.PingAsync(cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                if (HasExited(_pid!.Value)) throw new InvalidOperationException($"dockerd exited at start:\n{File.ReadAllText(LogPath)}");
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new TimeoutException($"the bench's dockerd did not answer within a minute; see {LogPath}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_pid is { } pid && !HasExited(pid))
        {
            // SIGTERM, a clean stop: dockerd stops its containers and the containerd it started itself.
            using var process = Process.GetProcessById(pid);
            Process.Start("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        // dockerd bind-mounts its data root and a network namespace under our folder; they outlive it.
        var mounts = File.ReadAllLines("/proc/self/mounts").Select(line => line.Split(' ')[1])
            .Where(point => point == _root || point.StartsWith(_root + "/", StringComparison.Ordinal))
            .OrderByDescending(point => point.Length);
        foreach (var point in mounts) Process.Start("umount", ["-l", point])!.WaitForExit();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"could not remove {_root}: {exception.Message}");
        }
    }

    // dockerd's parent (bash) is gone at once, so an ended dockerd is reaped and leaves no /proc entry.
    private static bool HasExited(int pid) => !Directory.Exists($"/proc/{pid}");
}
