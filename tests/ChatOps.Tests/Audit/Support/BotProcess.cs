using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using ChatOps.App;

namespace ChatOps.Tests.Audit.Support;

/// <summary>
/// The built bot (ChatOps.App.dll beside the tests) as a real child process: `serve` on a free 127.0.0.1 port, or
/// a one-shot command, over one storage folder. Its output goes to a file, so nothing waits on a pipe.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    public const string SigningSecret = "kill-test-signing-secret";

    private readonly Process _process;

    private BotProcess(Process process, Uri baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public Uri BaseUrl { get; }

    public static async Task<BotProcess> ServeAsync(IDictionary<string, string> environment, string logFile)
    {
        var port = FreePort();
        var process = Start(["serve", "--urls", $"http://127.0.0.1:{port}"], environment, logFile);
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        // Not a timing budget: it waits for the port the child says it listens on, and gives up if the child died.
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"chatops serve exited with {process.ExitCode}: {await File.ReadAllTextAsync(logFile)}");
            try
            {
                using var health = await http.GetAsync("healthz");
                if (health.IsSuccessStatusCode) return bot;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Runs `chatops ARGS` to its end; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IDictionary<string, string> environment, string logFile, params string[] args)
    {
        using var process = Start(args, environment, logFile);
        await process.WaitForExitAsync();
        return (process.ExitCode, await File.ReadAllTextAsync(logFile));
    }

    /// <summary>A slash command signed the way Slack signs it (v0, HMAC-SHA256 of "v0:ts:body").</summary>
    public static HttpRequestMessage SlashCommand(string command, string text, string user, Uri responseUrl)
    {
        var body = string.Join("&", new[] { ("team_id", "T1"), ("channel_id", "C0WARROOM"), ("user_id", user), ("command", command), ("text", text), ("response_url", responseUrl.ToString()) }
            .Select(f => f.Item1 + "=" + Uri.EscapeDataString(f.Item2)));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }

    /// <summary>SIGKILL: no shutdown code of the bot runs, as in a crash or an OOM kill.</summary>
    public async Task KillNineAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }

    private static Process Start(string[] args, IDictionary<string, string> environment, string logFile)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ChatOps.App.dll");
        // Through sh only for the redirections: exec replaces the shell, so the pid killed is the bot's own, and
        // the child writes its own log file, holding no pipe of ours open.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" \"$@\" >\"$CHATOPS_TEST_LOG\" 2>&1 </dev/null");
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CHATOPS_HOME"] = ChatOpsHome.Locate();
        start.Environment["CHATOPS_TEST_LOG"] = logFile;
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
