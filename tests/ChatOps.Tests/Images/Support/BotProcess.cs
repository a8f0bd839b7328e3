using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace ChatOps.Tests.Images.Support;

/// <summary>
/// The bot as a real separate process (tests/ChatOps.Tests.BuildHost), to be killed -9 and started again on the same
/// storage folder and engine. Lines go in as "user&lt;TAB&gt;command" and run at once; what it prints is read as JSON
/// events. Its log (stderr) is kept to explain a failure.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _seen = [];
    private readonly StringBuilder _log = new();
    private readonly Task _reading;

    private BotProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_log) _log.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
        _reading = Task.Run(ReadAsync);
    }

    /// <param name="settings">Configuration, passed as --Key=value.</param>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatOps.Tests.BuildHost.dll"));
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        var bot = new BotProcess(Process.Start(start)!);
        await bot.WaitForAsync(e => e.TryGetProperty("event", out var name) && name.GetString() == "started", "its start");
        return bot;
    }

    /// <summary>What the bot wrote to its log so far.</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public async Task SendAsync(string user, string line)
    {
        await _process.StandardInput.WriteLineAsync($"{user}\t{line}");
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>The first event so far or from now on that matches; fails, with the bot's log, when the bot exits first.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, string what)
    {
        var index = 0;
        while (true)
        {
            lock (_seen)
            {
                for (; index < _seen.Count; index++)
                    if (match(_seen[index])) return _seen[index];
            }
            if (!await _events.Reader.WaitToReadAsync())
                throw new InvalidOperationException($"the bot ended before {what}; its log:\n{Log}");
            while (_events.Reader.TryRead(out var next))
                lock (_seen) _seen.Add(next);
        }
    }

    /// <summary>A reply to a user whose text (of any field) contains the words.</summary>
    public Task<JsonElement> ReplyAsync(string user, string contains) =>
        WaitForAsync(e => e.TryGetProperty("user", out var u) && u.GetString() == user && e.TryGetProperty("reply", out var reply)
            && reply.GetRawText().Contains(contains, StringComparison.Ordinal), $"a reply to {user} saying '{contains}'");

    /// <summary>Runs one command as a user and returns its replies, once it is done.</summary>
    public async Task<IReadOnlyList<JsonElement>> RunAsync(string user, string line)
    {
        int from;
        lock (_seen) from = _seen.Count;
        await SendAsync(user, line);
        await WaitForAsync(e => Of(e, user) && e.TryGetProperty("event", out var name) && name.GetString() == "done", $"the end of {line} for {user}");
        lock (_seen)
        {
            return _seen.Skip(from).Where(e => Of(e, user) && e.TryGetProperty("reply", out _)).Select(e => e.GetProperty("reply")).ToList();
        }
    }

    /// <summary>kill -9, as a crash would; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(); // SIGKILL on Unix: no handler, no finally, no disposal runs in the bot
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close(); // the bot waits for its running commands, then stops
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        await _reading;
        _process.Dispose();
    }

    private static bool Of(JsonElement e, string user) => e.TryGetProperty("user", out var u) && u.GetString() == user;

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('{')) _events.Writer.TryWrite(JsonDocument.Parse(line).RootElement.Clone());
        }
        _events.Writer.TryComplete();
    }
}
