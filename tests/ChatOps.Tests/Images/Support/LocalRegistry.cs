using System.Diagnostics;
using System.Net.Http.Json;

namespace ChatOps.Tests.Images.Support;

/// <summary>
/// Debian's docker-registry (distribution 2.8) on 127.0.0.1 with its storage in a temp folder; the engine treats
/// 127.0.0.0/8 registries as insecure-allowed, so it pushes and pulls over plain http. Disposing stops this
/// process (by its own handle) and deletes the folder.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private LocalRegistry(Process process, string folder, string host)
    {
        _process = process;
        _folder = folder;
        Host = host;
    }

    /// <summary>"127.0.0.1:port", as Images:Registry takes it.</summary>
    public string Host { get; }

    public static async Task<LocalRegistry> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-registry-").FullName;
        var port = FreePort.Next();
        var config = Path.Combine(folder, "config.yml");
        await File.WriteAllTextAsync(config, $"""
            version: 0.1
            log:
              level: warn
              accesslog:
                disabled: true
            storage:
              filesystem:
                rootdirectory: {Path.Combine(folder, "data")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port}
            """);
        var start = new ProcessStartInfo("/usr/bin/docker-registry", ["serve", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var registry = new LocalRegistry(process, folder, $"127.0.0.1:{port}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync($"http://{registry.Host}/v2/");
                if (response.IsSuccessStatusCode) return registry;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }
            if (DateTime.UtcNow >= deadline || process.HasExited)
            {
                await registry.DisposeAsync();
                throw new InvalidOperationException($"docker-registry did not answer on {registry.Host}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The tags the registry holds for a repository (GET /v2/&lt;repository&gt;/tags/list), sorted.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(string repository)
    {
        using var http = new HttpClient();
        var list = await http.GetFromJsonAsync<TagList>($"http://{Host}/v2/{repository}/tags/list");
        return list!.Tags.Order(StringComparer.Ordinal).ToList();
    }

    private sealed record TagList(string Name, List<string> Tags);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
