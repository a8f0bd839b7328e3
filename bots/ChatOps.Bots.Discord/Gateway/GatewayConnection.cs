using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using ChatOps.Bots.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bots.Discord.Gateway;

/// <summary>
/// One gateway WebSocket from HELLO to its end: heartbeats (the first after interval * jitter), IDENTIFY or
/// RESUME, dispatches read in a loop that only parses and hands interactions to the queue, so no handler can
/// stall it. A heartbeat without an ACK before the next one means a dead link: close and resume.
/// </summary>
internal sealed class GatewayConnection(WebSocket socket, GatewaySession session, DiscordOptions options, InteractionQueue queue, ILogger logger, TimeProvider time)
{
    private const int MaxPayloadBytes = 8 * 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private volatile bool _acknowledged = true;

    /// <summary>True once HELLO arrived: the service resets its back-off then.</summary>
    public bool Greeted { get; private set; }

    public async Task<GatewayOutcome> RunAsync(CancellationToken stopping)
    {
        // Stopping does not cancel the reads (a cancelled read aborts the socket, so no close frame could follow): it
        // sends the close frame, and Discord's answer to it ends the receive loop; a peer that never answers gets 2 s.
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        using var onStop = stopping.Register(() => _ = StopAsync());
        Task heartbeat = Task.CompletedTask;
        try
        {
            var interval = await ReceiveHelloAsync(lifetime.Token);
            if (interval is null) return GatewayCloseCodes.OutcomeOf((int?)socket.CloseStatus);
            Greeted = true;
            heartbeat = HeartbeatAsync(interval.Value, lifetime.Token);
            await SendAsync(session.CanResume ? ResumePayload() : IdentifyPayload(), lifetime.Token);
            return await ReceiveLoopAsync(lifetime.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // The heartbeat loop ended the connection (no ACK, or the link broke under it).
            return GatewayOutcome.Resume;
        }
        finally
        {
            await _lifetime.CancelAsync();
            await heartbeat;
        }
    }

    private async Task<TimeSpan?> ReceiveHelloAsync(CancellationToken cancellationToken)
    {
        using var hello = await ReceiveAsync(cancellationToken);
        if (hello is null) return null;
        if (Op(hello.RootElement) != GatewayOpcode.Hello
            || !hello.RootElement.TryGetProperty("d", out var d) || !d.TryGetProperty("heartbeat_interval", out var ms) || !ms.TryGetDouble(out var milliseconds) || milliseconds <= 0)
            throw new InvalidDataException("The gateway did not start with HELLO and a heartbeat_interval.");
        return TimeSpan.FromMilliseconds(milliseconds);
    }

    private async Task<GatewayOutcome> ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var payload = await ReceiveAsync(cancellationToken);
            if (payload is null)
            {
                logger.LogWarning("The Discord gateway closed the connection: {Code} {Reason}", (int?)socket.CloseStatus, socket.CloseStatusDescription);
                return GatewayCloseCodes.OutcomeOf((int?)socket.CloseStatus);
            }

            var root = payload.RootElement;
            switch (Op(root))
            {
                case GatewayOpcode.Dispatch:
                    if (root.TryGetProperty("s", out var s) && s.TryGetInt64(out var sequence)) session.Observe(sequence);
                    Dispatch(root.TryGetProperty("t", out var t) ? t.GetString() : null, root.TryGetProperty("d", out var d) ? d : default);
                    break;
                case GatewayOpcode.Heartbeat:
                    await SendAsync(HeartbeatPayload(), cancellationToken);
                    break;
                case GatewayOpcode.HeartbeatAck:
                    _acknowledged = true;
                    break;
                case GatewayOpcode.Reconnect:
                    logger.LogInformation("The Discord gateway asked for a reconnect; resuming");
                    await CloseAsync("reconnect requested");
                    return GatewayOutcome.Resume;
                case GatewayOpcode.InvalidSession:
                    var resumable = root.TryGetProperty("d", out var flag) && flag.ValueKind == JsonValueKind.True;
                    logger.LogWarning("The Discord gateway invalidated the session (resumable: {Resumable})", resumable);
                    await CloseAsync("invalid session");
                    return resumable ? GatewayOutcome.Resume : GatewayOutcome.Reidentify;
            }
        }
    }

    private void Dispatch(string? type, JsonElement data)
    {
        switch (type)
        {
            case "READY":
                var sessionId = data.TryGetProperty("session_id", out var id) ? id.GetString() : null;
                if (sessionId is null) throw new InvalidDataException("READY without a session_id.");
                session.Ready(sessionId, data.TryGetProperty("resume_gateway_url", out var url) ? url.GetString() : null);
                logger.LogInformation("Discord gateway ready (session {Session})", sessionId);
                break;
            case "RESUMED":
                logger.LogInformation("Discord gateway session resumed");
                break;
            case "INTERACTION_CREATE":
                if (InteractionReader.TryRead(data, out var interaction, out var problem))
                    queue.Enqueue(new InteractionJob(interaction, InteractionOrigin.Gateway));
                else
                    logger.LogWarning("Ignored an INTERACTION_CREATE that could not be read: {Problem}", problem);
                break;
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // Jitter spreads the first beats of many clients reconnecting at once (Discord asks for it).
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (true)
            {
                if (!_acknowledged)
                {
                    logger.LogWarning("No HEARTBEAT_ACK from the Discord gateway within {Interval}; reconnecting to resume", interval);
                    await CloseAsync("heartbeat not acknowledged");
                    await _lifetime.CancelAsync();
                    return;
                }
                _acknowledged = false;
                await SendAsync(HeartbeatPayload(), cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection ended.
        }
        catch (WebSocketException exception)
        {
            logger.LogWarning(exception, "A heartbeat could not be sent; reconnecting");
            await _lifetime.CancelAsync();
        }
    }

    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxPayloadBytes) throw new InvalidDataException("A gateway payload exceeded 8 MiB.");
            if (result.EndOfMessage) return JsonDocument.Parse(buffer.WrittenMemory);
        }
    }

    private async Task SendAsync(object payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task StopAsync()
    {
        await CloseForShutdownAsync();
        _lifetime.CancelAfter(TimeSpan.FromSeconds(2));
    }

    /// <summary>
    /// The bot is stopping: a normal closure (1000), which ends the session, so Discord shows the bot offline at once
    /// instead of waiting for missed heartbeats; the next start identifies afresh.
    /// </summary>
    public Task CloseForShutdownAsync() => CloseAsync("the bot is stopping", WebSocketCloseStatus.NormalClosure);

    /// <summary>Closes with a code other than 1000/1001 so Discord keeps the session for a RESUME.</summary>
    private Task CloseAsync(string reason) => CloseAsync(reason, (WebSocketCloseStatus)GatewayCloseCodes.ResumableClose);

    private async Task CloseAsync(string reason, WebSocketCloseStatus status)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return; // a send is stuck; the caller drops the socket anyway
        }
        try
        {
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            logger.LogDebug(exception, "The gateway socket could not be closed cleanly");
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private object IdentifyPayload() => new
    {
        op = GatewayOpcode.Identify,
        d = new
        {
            token = options.BotToken.Trim(),
            intents = 0, // application commands need no intent, and certainly no privileged one
            properties = new Dictionary<string, string> { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "chatops", ["device"] = "chatops" },
        },
    };

    private object ResumePayload() => new
    {
        op = GatewayOpcode.Resume,
        d = new { token = options.BotToken.Trim(), session_id = session.SessionId, seq = session.Sequence },
    };

    private object HeartbeatPayload() => new { op = GatewayOpcode.Heartbeat, d = session.Sequence };

    private static int Op(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("op", out var op) && op.TryGetInt32(out var value) ? value : -1;
}
