using System.Collections.Concurrent;
using System.Net;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Service.Support;

/// <summary>Stands in for Slack's response_url on 127.0.0.1: keeps every body posted to it.</summary>
internal sealed class ResponseUrlListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<string> _bodies = new();

    public ResponseUrlListener()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Origin => $"http://127.0.0.1:{Port}";

    public string Url => Origin + "/hook";

    public IReadOnlyCollection<string> Bodies => _bodies.ToArray();

    /// <summary>Whether a body containing the text arrives (within a minute: a cold container on a loaded machine).</summary>
    public Task<bool> WaitForAsync(string text) =>
        Poll.UntilAsync(() => Task.FromResult(_bodies.Any(body => body.Contains(text, StringComparison.Ordinal))));

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using (var reader = new StreamReader(context.Request.InputStream)) _bodies.Enqueue(await reader.ReadToEndAsync());
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
