using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatOps.Tests.Images.Support;

/// <summary>
/// A PEP 503 "simple" repository on 127.0.0.1 serving wheels the test made (see <see cref="WheelBuilder"/>):
/// /simple/ lists projects, /simple/&lt;normalised name&gt;/ links each file with its sha256, /files/&lt;file&gt; serves it.
/// pip treats 127.0.0.0/8 as a secure origin, so no --trusted-host is needed. Every request path is recorded.
/// </summary>
public sealed class LocalPythonIndex : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte[]>> _projects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Task _serving;

    public LocalPythonIndex()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            _listener = new HttpListener();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Url = $"http://127.0.0.1:{port}/simple";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Close(); // someone took the port between the probe and the bind: try another
            }
        }
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The index URL to give pip (--index-url).</summary>
    public string Url { get; }

    /// <summary>Paths pip asked for, in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    private TaskCompletionSource? _hold;

    /// <summary>From now on a request for a file (pip is mid-install, inside a build step) waits for <see cref="ReleaseFiles"/>.</summary>
    public void HoldFiles() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets held file requests through, and every later one.</summary>
    public void ReleaseFiles() => Interlocked.Exchange(ref _hold, null)?.TrySetResult();

    /// <summary>Completed at the first request for a file: the build's pip step is running.</summary>
    public TaskCompletionSource FileRequested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LocalPythonIndex Add(WheelBuilder wheel) => Add(wheel.Name, wheel.FileName, wheel.Build());

    public LocalPythonIndex Add(string project, string fileName, byte[] content)
    {
        _projects.GetOrAdd(Normalise(project), _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal))[fileName] = content;
        return this;
    }

    public static string Normalise(string name) => Regex.Replace(name, "[-_.]+", "-").ToLowerInvariant();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.Enqueue(path);
        using var response = context.Response;
        var (status, type, body) = Route(path);
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        var sent = 0;
        if (path.StartsWith("/files/", StringComparison.Ordinal))
        {
            FileRequested.TrySetResult();
            // Held: one byte a second, so pip (15 s read timeout) neither times out nor gets the file before release.
            while (_hold is { } hold && sent < body.Length - 1)
            {
                await response.OutputStream.WriteAsync(body.AsMemory(sent++, 1));
                await response.OutputStream.FlushAsync();
                await Task.WhenAny(hold.Task, Task.Delay(TimeSpan.FromSeconds(1)));
            }
        }
        await response.OutputStream.WriteAsync(body.AsMemory(sent));
    }

    private (int Status, string Type, byte[] Body) Route(string path)
    {
        if (path is "/simple" or "/simple/")
            return Html(string.Concat(_projects.Keys.Order().Select(p => $"<a href=\"/simple/{p}/\">{p}</a><br/>\n")));

        var project = Regex.Match(path, "^/simple/([^/]+)/?$");
        if (project.Success)
        {
            if (!_projects.TryGetValue(Normalise(project.Groups[1].Value), out var files)) return NotFound();
            return Html(string.Concat(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
                $"<a href=\"/files/{f.Key}#sha256={Convert.ToHexStringLower(SHA256.HashData(f.Value))}\">{f.Key}</a><br/>\n")));
        }

        var file = Regex.Match(path, "^/files/([^/]+)$");
        if (file.Success)
        {
            var content = _projects.Values.Select(files => files.GetValueOrDefault(file.Groups[1].Value)).FirstOrDefault(c => c is not null);
            return content is null ? NotFound() : (200, "application/octet-stream", content);
        }
        return NotFound();
    }

    private static (int, string, byte[]) Html(string links) =>
        (200, "text/html", Encoding.UTF8.GetBytes($"<!DOCTYPE html>\n<html><body>\n{links}</body></html>\n"));

    private static (int, string, byte[]) NotFound() => (404, "text/plain", "not found"u8.ToArray());

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
