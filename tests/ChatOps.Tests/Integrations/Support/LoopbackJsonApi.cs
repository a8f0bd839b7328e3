using System.Net;
using System.Text;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Integrations.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 that answers every request with the status and JSON body its answer function gives:
/// the part every fake of an integration's service shares, so each fake is only its routes.
/// </summary>
internal sealed class LoopbackJsonApi : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, (int Status, string Json)> _answer;
    private readonly Task _serving;

    public LoopbackJsonApi(Func<HttpListenerRequest, (int Status, string Json)> answer)
    {
        _answer = answer;
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var (status, json) = _answer(context.Request);
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.OutputStream.Write(bytes);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
