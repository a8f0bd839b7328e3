using System.Diagnostics;
using System.Text;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Service.Support;

/// <summary>
/// The published build's `serve` as a child process: a PATH with no .NET SDK on it, its own storage folder, its
/// own loopback port, settings from the environment as an operator would give them.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _storage = Directory.CreateTempSubdirectory("chatops-serve-").FullName;

    private ServeProcess(PublishedBuild build, IReadOnlyDictionary<string, string> settings)
    {
        Port = FreePort.Next();
        var info = new ProcessStartInfo(build.AppHost) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = build.Folder };
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseUrl);
        // Nothing of the SDK: not on PATH, no DOTNET_ROOT; the published build carries its runtime.
        info.Environment["PATH"] = EmptyPath;
        info.Environment.Remove("DOTNET_ROOT");
        info.Environment["CHATOPS_HOME"] = build.Folder;
        info.Environment["Storage__Folder"] = _storage;
        info.Environment["Slack__SigningSecret"] = SlackRequest.SigningSecret;
        foreach (var (key, value) in settings) info.Environment[key] = value;
        _process = Process.Start(info)!;
        _process.ErrorDataReceived += (_, line) => { lock (_log) _log.AppendLine(line.Data); };
        _process.OutputDataReceived += (_, line) => { lock (_log) _log.AppendLine(line.Data); };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>A folder with nothing in it: no `dotnet` can be found on this PATH.</summary>
    public static string EmptyPath { get; } = Directory.CreateTempSubdirectory("chatops-empty-path-").FullName;

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromMinutes(1) };

    public string Log { get { lock (_log) return _log.ToString(); } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts serve and waits until /healthz answers (up to a minute on a loaded machine).</summary>
    public static async Task<ServeProcess> StartAsync(PublishedBuild build, IReadOnlyDictionary<string, string>? settings = null)
    {
        var serve = new ServeProcess(build, settings ?? new Dictionary<string, string>());
        if (await Poll.UntilAsync(async () => serve.HasExited || await serve.AnswersAsync("/healthz") == 200) && !serve.HasExited) return serve;
        var log = serve.Log;
        await serve.DisposeAsync();
        throw new InvalidOperationException("chatops serve did not answer /healthz:\n" + log);
    }

    /// <summary>The status of GET path, or 0 while nothing listens.</summary>
    public async Task<int> AnswersAsync(string path)
    {
        try
        {
            return (await GetAsync(path)).Status;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var answer = await Http.GetAsync(BaseUrl + path);
        return ((int)answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    /// <summary>SIGTERM, as systemd and docker stop send it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("/bin/kill", ["-TERM", _process.Id.ToString()]);
        kill.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Http.Dispose();
        try { Directory.Delete(_storage, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
