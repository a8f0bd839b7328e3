using System.Net.WebSockets;
using ChatOps.Bots.Discord.Interactions;
using ChatOps.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Gateway;

/// <summary>
/// Keeps one gateway connection alive while the server runs (when Discord:BotToken is set and
/// Discord:GatewayEnabled): RESUME after reconnect requests and resumable closes, IDENTIFY again after an
/// invalid session, stop for good on the fatal close codes. A broken gateway never stops the rest of the server.
/// </summary>
internal sealed class DiscordGatewayService(IOptions<DiscordOptions> options, InteractionQueue queue, ILogger<DiscordGatewayService> logger, TimeProvider time,
    PlatformConnections? connections = null)
    : BackgroundService
{
    /// <summary>How /readyz and the reconnect metric name this connection.</summary>
    public const string ConnectionName = "discord-gateway";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.GatewayWanted)
        {
            logger.LogInformation("Discord gateway not started (needs Discord:BotToken and Discord:GatewayEnabled)");
            return;
        }

        connections?.Expect(ConnectionName);
        var session = new GatewaySession();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            GatewayOutcome outcome;
            using var socket = new ClientWebSocket();
            GatewayConnection? connection = null;
            try
            {
                await socket.ConnectAsync(session.ConnectUrl(settings.GatewayUrl), stoppingToken);
                connections?.Up(ConnectionName);
                connection = new GatewayConnection(socket, session, settings, queue, logger, time);
                outcome = await connection.RunAsync(stoppingToken);
                failures = connection.Greeted ? 0 : failures + 1;
                connections?.Down(ConnectionName, "ended: " + outcome);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping: say goodbye with a close frame instead of dropping the link.
                if (connection is not null) await connection.CloseForShutdownAsync();
                connections?.Down(ConnectionName, "closed: the bot is stopping");
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "The Discord gateway connection failed; reconnecting");
                connections?.Down(ConnectionName, "failed: " + exception.Message);
                outcome = GatewayOutcome.Resume;
                failures++;
            }

            if (stoppingToken.IsCancellationRequested)
            {
                connections?.Down(ConnectionName, "closed: the bot is stopping");
                return; // closed with a close frame on the way out (GatewayConnection's stop)
            }
            if (outcome == GatewayOutcome.Fatal)
            {
                connections?.Down(ConnectionName, "refused with a fatal close code (bad token, intents or version)");
                logger.LogCritical("The Discord gateway refused the bot with a fatal close code (bad token, intents or version); not reconnecting. Fix the configuration and restart.");
                return;
            }
            if (outcome == GatewayOutcome.Reidentify) session.Reset();

            connections?.Reconnecting(ConnectionName);
            var delay = settings.ReconnectDelay * Math.Pow(2, Math.Min(failures, 5));
            try
            {
                await Task.Delay(delay < MaxBackoff ? delay : MaxBackoff, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
