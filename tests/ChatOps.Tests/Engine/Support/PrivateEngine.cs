using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Tests.Engine.Support;

/// <summary>
/// A second, real dockerd that only this test class uses, started the way scripts/ensure-engine.sh starts the
/// main one (no bridge, no iptables) but with its own socket, data root, exec root and pidfile, so it can be
/// killed -9 and restarted without touching the shared engine. Its log goes to a file, never to the test's
/// streams. The default base image is copied in from the main engine once (docker save | docker load), unless
/// the test needs none. With certificates it also listens on a TCP port of 127.0.0.1, TLS with client
/// certificates (--tlsverify), as a remote engine would.
/// </summary>
public sealed class PrivateEngine : IAsyncLifetime
{
    public const string BaseImage = "demisto/python3-deb:3.11.2.1";

    private readonly string _root = Directory.CreateTempSubdirectory("chatops-engine-").FullName;
    private readonly EngineCertificates? _tls;
    private readonly bool _withBaseImage;
    private int? _pid;

    public PrivateEngine()
        : this(tls: null, withBaseImage: true)
    {
    }

    // Not public: a class fixture may have only one public constructor, the plain engine with the base image.
    internal PrivateEngine(EngineCertificates? tls, bool withBaseImage)
    {
        _tls = tls;
        _withBaseImage = withBaseImage;
        // Chosen once, so a restarted engine is where it was.
        if (tls is not null) TcpEndpoint = $"tcp://127.0.0.1:{ChatOps.Tests.Images.Support.FreePort.Next()}";
    }

    /// <summary>tcp://127.0.0.1:port when started with certificates, else null.</summary>
    public string? TcpEndpoint { get; }

    public string Endpoint => $"unix://{Socket}";

    private string Socket => Path.Combine(_root, "docker.sock");

    public string LogPath => Path.Combine(_root, "dockerd.log");

    public DockerClient NewClient() => new DockerClientConfiguration(new Uri(Endpoint)).CreateClient();

    public async Task InitializeAsync()
    {
        await StartAsync();
        if (!_withBaseImage) return;
        using var main = new DockerClientConfiguration(new Uri("unix:///var/run/docker.sock")).CreateClient();
        using var mine = NewClient();
        await using var saved = await main.Images.SaveImageAsync(BaseImage, CancellationToken.None);
        await mine.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, saved, new Progress<JSONMessage>(), CancellationToken.None);
        if (await mine.Images.InspectImageAsync(BaseImage) is null) throw new InvalidOperationException($"{BaseImage} did not load into the private engine");
    }

    /// <summary>Starts dockerd and returns once it answers its ping.</summary>
    public async Task StartAsync()
    {
        if (_pid is not null) throw new InvalidOperationException("the private engine is running already");
        List<string> flags =
        [
            "--host=unix://" + Socket, "--data-root=" + Path.Combine(_root, "data"), "--exec-root=" + Path.Combine(_root, "exec"),
            "--pidfile=" + Path.Combine(_root, "dockerd.pid"), "--bridge=none", "--iptables=false", "--ip6tables=false",
        ];
        if (_tls is not null)
            flags.AddRange(["--host=" + TcpEndpoint, "--tlsverify", "--tlscacert=" + _tls.CaFile, "--tlscert=" + _tls.ServerCertificateFile, "--tlskey=" + _tls.ServerKeyFile]);
        var arguments = string.Join(' ', flags.Select(Quote));
        // Through bash so dockerd's streams are the log file from its first byte, and $! is dockerd itself.
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"dockerd {arguments} >>{Quote(LogPath)} 2>&1 </dev/null & echo $!");
        using var bash = Process.Start(start)!;
        var pid = (await bash.StandardOutput.ReadToEndAsync()).Trim();
        await bash.WaitForExitAsync();
        _pid = int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture);

        using var client = NewClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                await client.System.PingAsync();
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                if (HasExited(_pid.Value)) throw new InvalidOperationException($"dockerd exited at start; see {LogPath}:\n{File.ReadAllText(LogPath)}");
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"the private dockerd did not answer within a minute; see {LogPath}");
    }

    /// <summary>kill -9 of dockerd, as a crash would; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        var pid = _pid ?? throw new InvalidOperationException("the private engine is not running");
        using (var process = Process.GetProcessById(pid))
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        _pid = null;
        // A dead dockerd leaves its socket and pidfile; the next start must not mistake them for a live one.
        File.Delete(Socket);
        File.Delete(Path.Combine(_root, "dockerd.pid"));
    }

    public async Task DisposeAsync()
    {
        if (_pid is { } pid && !HasExited(pid))
        {
            // A clean stop: dockerd stops its containers and its own containerd.
            using var process = Process.GetProcessById(pid);
            Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }
        StopOrphanedContainerd();
        Unmount();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Overlay mounts of a killed engine may still be busy; the temp folder is the OS's to reclaim then.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A dockerd killed with -9 leaves the containerd it started; the one recorded in our exec root is ours.</summary>
    private void StopOrphanedContainerd()
    {
        var pidFile = Path.Combine(_root, "exec", "containerd", "containerd.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) || HasExited(pid)) return;
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit(10_000);
    }

    /// <summary>dockerd bind-mounts its data root and a network namespace under our folder; they outlive it.</summary>
    private void Unmount()
    {
        var mounts = File.ReadAllLines("/proc/self/mounts")
            .Select(line => line.Split(' ')[1])
            .Where(point => point == _root || point.StartsWith(_root + "/", StringComparison.Ordinal))
            .OrderByDescending(point => point.Length);
        foreach (var point in mounts) Process.Start("umount", ["-l", point])!.WaitForExit();
    }

    private static bool HasExited(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
