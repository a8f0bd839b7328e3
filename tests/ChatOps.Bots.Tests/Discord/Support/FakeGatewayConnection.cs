using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>
/// The server side of one gateway WebSocket, driven by the test line by line. Heartbeats (op 1) are recorded
/// and, while AutoAck is on, acknowledged (op 11) as they pass.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string path)
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<(DateTimeOffset At, JsonElement Payload)> _heartbeats = new();

    /// <summary>"/gateway" for a fresh connection, "/resume" when the bot used resume_gateway_url.</summary>
    public string Path { get; } = path;

    public bool AutoAck { get; set; } = true;

    public DateTimeOffset HelloAt { get; private set; }

    public IReadOnlyList<(DateTimeOffset At, JsonElement Payload)> Heartbeats => _heartbeats.ToList();

    public Task Finished => _finished.Task;

    public Task HelloAsync(int heartbeatIntervalMs)
    {
        HelloAt = DateTimeOffset.UtcNow;
        return SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatIntervalMs } });
    }

    public Task DispatchAsync(string type, int sequence, object data) => SendAsync(new { op = 0, t = type, s = sequence, d = data });

    public async Task SendAsync(object payload) =>
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(payload), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next payload with this opcode (heartbeats in between are recorded); fails on close or timeout.</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        while (true)
        {
            var payload = await ReceiveAsync(timeout.Token)
                ?? throw new InvalidOperationException($"The bot closed the gateway ({socket.CloseStatus}) while op {op} was expected.");
            if (payload.GetProperty("op").GetInt32() == op) return payload;
        }
    }

    /// <summary>Reads until the bot closes the socket; returns its close code (null when it only dropped the link).</summary>
    public async Task<int?> WaitForCloseAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        try
        {
            while (await ReceiveAsync(timeout.Token) is not null)
            {
            }
            return (int?)socket.CloseStatus;
        }
        catch (WebSocketException)
        {
            return null;
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    /// <summary>Closes from the server side with a code, as Discord does (e.g. 4004 authentication failed).</summary>
    public async Task CloseAsync(int code)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake", timeout.Token);
            while (await ReceiveAsync(timeout.Token) is not null)
            {
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The bot may drop the link instead of answering the close.
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    public void Abort()
    {
        socket.Abort();
        _finished.TrySetResult();
    }

    private async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (!result.EndOfMessage) continue;

            var payload = JsonDocument.Parse(text.ToString()).RootElement.Clone();
            text.Clear();
            if (payload.GetProperty("op").GetInt32() == 1)
            {
                _heartbeats.Enqueue((DateTimeOffset.UtcNow, payload));
                if (AutoAck) await SendAsync(new { op = 11 });
            }
            return payload;
        }
    }
}
