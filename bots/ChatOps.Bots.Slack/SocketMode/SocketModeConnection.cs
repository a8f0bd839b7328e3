using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bots.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads frames, acknowledges every envelope at once (before handling it, so slow
/// work can never make Slack retry), hands envelopes on, and reports hello and disconnect. It keeps reading
/// after a disconnect message so nothing sent during a hand-over is lost, until it is closed.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;
    private readonly Action<string, JsonElement> _onEnvelope;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource<ConnectionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;

    private SocketModeConnection(ClientWebSocket socket, Action<string, JsonElement> onEnvelope, ILogger logger)
    {
        _socket = socket;
        _onEnvelope = onEnvelope;
        _logger = logger;
        _receiving = ReceiveLoopAsync();
    }

    /// <summary>Completes when Slack asks for a new connection or the socket is gone.</summary>
    public Task<ConnectionEnd> Ended => _ended.Task;

    public bool SawHello { get; private set; }

    public static async Task<SocketModeConnection> OpenAsync(Uri url, SlackOptions options, Action<string, JsonElement> onEnvelope, ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = options.KeepAliveTimeout;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new SocketModeConnection(socket, onEnvelope, logger);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var frame = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    _ended.TrySetResult(new ConnectionEnd("closed"));
                    return;
                }
                message.Write(buffer, 0, frame.Count);
                if (!frame.EndOfMessage) continue;
                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                await HandleAsync(text);
            }
        }
        catch (Exception exception)
        {
            _ended.TrySetResult(new ConnectionEnd("failed", exception));
        }
    }

    private async Task HandleAsync(string text)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException exception)
        {
            _logger.LogWarning(exception, "Socket Mode sent a frame that is not JSON; ignored");
            return;
        }
        var type = root.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";

        if (root.TryGetProperty("envelope_id", out var id) && id.GetString() is { Length: > 0 } envelopeId)
        {
            await SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { envelope_id = envelopeId }));
            var payload = root.TryGetProperty("payload", out var p) ? p : default;
            _onEnvelope(type, payload);
            return;
        }
        switch (type)
        {
            case "hello":
                SawHello = true;
                _logger.LogInformation("Socket Mode connected ({Connections} connections)",
                    root.TryGetProperty("num_connections", out var n) ? n.ToString() : "?");
                break;
            case "disconnect":
                var reason = root.TryGetProperty("reason", out var r) ? r.GetString() ?? "unknown" : "unknown";
                _logger.LogInformation("Socket Mode asks to reconnect: {Reason}", reason);
                _ended.TrySetResult(new ConnectionEnd(reason));
                break;
            default:
                _logger.LogDebug("Socket Mode message of type {Type} ignored", type);
                break;
        }
    }

    private async Task SendAsync(byte[] json)
    {
        await _sending.WaitAsync(_stop.Token);
        try
        {
            await _socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Closes politely, waits a little for the peer's close, then lets go.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _sending.WaitAsync();
                try
                {
                    using var timeout = new CancellationTokenSource(CloseWait);
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
                }
                finally
                {
                    _sending.Release();
                }
            }
            await _receiving.WaitAsync(CloseWait);
        }
        catch (Exception exception) when (exception is WebSocketException or TimeoutException or OperationCanceledException)
        {
            _logger.LogDebug(exception, "Socket Mode connection did not close cleanly");
        }
        finally
        {
            await _stop.CancelAsync();
            _socket.Abort();
            _socket.Dispose();
            _stop.Dispose();
        }
    }
}
