using System.Text.Json;
using ChatOps.Bots.Slack.Commands;
using ChatOps.Bots.Slack.Interactivity;
using ChatOps.Bots.Slack.WebApi;
using ChatOps.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.SocketMode;

/// <summary>
/// Socket Mode, for teams without a public URL: runs when Slack:AppToken is set. Keeps one live connection;
/// when Slack asks for a refresh the next connection is opened before the old one is closed; when a connection
/// fails it reconnects with exponential backoff and jitter. slash_commands envelopes, and interactive ones (a
/// button press), go to the same queue as HTTP commands.
/// </summary>
internal sealed class SocketModeService(
    SlackApiClient api, SlashCommandReader reader, BlockActionReader buttons, SlackCommandQueue queue, ReconnectBackoff backoff,
    IOptions<SlackOptions> options, TimeProvider time, ILogger<SocketModeService> logger, PlatformConnections? connections = null) : BackgroundService
{
    /// <summary>How /readyz and the reconnect metric name this connection.</summary>
    public const string ConnectionName = "slack-socket-mode";

    public bool Enabled => options.Value.SocketModeWanted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        connections?.Expect(ConnectionName);
        var failures = 0;
        SocketModeConnection? current = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    current ??= await ConnectAsync(stoppingToken);
                    connections?.Up(ConnectionName);
                    var end = await current.Ended.WaitAsync(stoppingToken);
                    if (current.SawHello) failures = 0;
                    if (end.CanHandOver)
                    {
                        var next = await ConnectAsync(stoppingToken);
                        await current.DisposeAsync();
                        current = next;
                        continue;
                    }
                    logger.LogWarning(end.Error, "Socket Mode connection ended: {Reason}", end.Reason);
                    connections?.Down(ConnectionName, "ended: " + end.Reason);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Socket Mode connection failed");
                    connections?.Down(ConnectionName, "failed: " + exception.Message);
                }

                if (current is not null)
                {
                    await current.DisposeAsync();
                    current = null;
                }
                if (stoppingToken.IsCancellationRequested) break;
                var delay = backoff.Delay(failures++);
                logger.LogInformation("Socket Mode reconnecting in {Delay}", delay);
                connections?.Reconnecting(ConnectionName);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
        finally
        {
            if (current is not null) await current.DisposeAsync();
        }
    }

    private async Task<SocketModeConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var url = await api.OpenConnectionAsync(cancellationToken);
        return await SocketModeConnection.OpenAsync(url, options.Value, OnEnvelope, logger, cancellationToken);
    }

    private void OnEnvelope(string type, JsonElement payload)
    {
        SlashCommand? command;
        string? problem;
        switch (type)
        {
            case "slash_commands":
                if (!SlashCommandReader.TryReadPayload(payload, out var fields, out problem)) command = null;
                else reader.TryRead(fields, out command, out problem);
                break;
            case "interactive":
                buttons.TryRead(payload, out command, out problem);
                break;
            default:
                logger.LogDebug("Socket Mode envelope of type {Type} acknowledged and ignored", type);
                return;
        }
        if (command is null)
        {
            logger.LogWarning("Refused a Socket Mode {Type} envelope: {Problem}", type, problem);
            return;
        }
        if (!queue.TryEnqueue(new CommandJob(command, time.GetUtcNow(), answersOverHttp: false)))
        {
            logger.LogWarning("Socket Mode slash command {Line} dropped: the bot is shutting down", command.Line);
        }
    }
}
