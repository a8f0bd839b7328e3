using System.Net;
using System.Net.Sockets;

namespace ChatOps.Tests.Audit.Support;

/// <summary>
/// A 127.0.0.1 port that accepts connections and never answers: a registry (or a response_url) that hangs, so a
/// command waiting on it is still running when the test kills the bot.
/// </summary>
internal sealed class SilentListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();

    public SilentListener()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_held) _held.Add(client);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_held) foreach (var client in _held) client.Dispose();
        _stop.Dispose();
    }
}
