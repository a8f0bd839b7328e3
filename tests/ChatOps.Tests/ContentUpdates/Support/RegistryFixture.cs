using System.Diagnostics;
using System.Formats.Tar;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>
/// A real registry (Debian's /usr/bin/docker-registry) on 127.0.0.1 at a free port, storing under a temp folder,
/// holding one uniquely named image under several tags: versions, "latest" and non-numeric ones. The image is a
/// one-file import (fast to push); every local tag made for the push is removed again, the engine is shared.
/// </summary>
public sealed class RegistryFixture : IAsyncLifetime
{
    public static readonly string[] PushedTags = ["1.0.0.1", "1.0.0.2", "1.0.0.9", "1.0.0.10", "latest", "nightly", "1.0.1-rc1"];

    private readonly TempFolder _storage = new();
    private Process? _registry;

    /// <summary>host:port of the registry.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The image the registry holds, e.g. demisto/xyz-1a2b3c4d5e6f.</summary>
    public string Repository { get; } = "demisto/xyz-" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        Address = $"127.0.0.1:{FreePort()}";
        var config = _storage.Write("config.yml", $"""
            version: 0.1
            log:
              level: error
            storage:
              filesystem:
                rootdirectory: {_storage.Path}/data
            http:
              addr: {Address}
            """);
        var start = new ProcessStartInfo("/usr/bin/docker-registry") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(config);
        _registry = Process.Start(start)!;
        // Drained so a chatty registry never blocks on a full pipe; nothing reaches the test output.
        _registry.OutputDataReceived += (_, _) => { };
        _registry.ErrorDataReceived += (_, _) => { };
        _registry.BeginOutputReadLine();
        _registry.BeginErrorReadLine();
        await WaitUntilUpAsync();

        var remote = $"{Address}/{Repository}";
        Docker(Tar(), "import", "--change", "LABEL chatops.test=updater", "-", $"{remote}:{PushedTags[0]}");
        try
        {
            foreach (var tag in PushedTags.Skip(1)) Docker(null, "tag", $"{remote}:{PushedTags[0]}", $"{remote}:{tag}");
            foreach (var tag in PushedTags) Docker(null, "push", "--quiet", $"{remote}:{tag}");
        }
        finally
        {
            Docker(null, ["rmi", .. PushedTags.Select(tag => $"{remote}:{tag}")]);
        }
    }

    public Task DisposeAsync()
    {
        if (_registry is { HasExited: false }) _registry.Kill(entireProcessTree: true);
        _registry?.WaitForExit();
        _registry?.Dispose();
        _storage.Dispose();
        return Task.CompletedTask;
    }

    public static string Docker(byte[]? input, params string[] arguments) => Tool.Run("docker", Path.GetTempPath(), arguments, input);

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_registry!.HasExited) throw new InvalidOperationException($"docker-registry exited with {_registry.ExitCode}");
            try
            {
                using var response = await http.GetAsync($"http://{Address}/v2/");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"docker-registry did not answer on {Address}");
    }

    private byte[] Tar()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "marker") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Repository)) };
            writer.WriteEntry(entry);
        }
        return tar.ToArray();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
