using System.Text.Json;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Bots.Discord.Signatures;
using ChatOps.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// POST /discord/interactions. In order, each refusal before any later work: signature headers present and well
/// formed, timestamp within Discord:TimestampTolerance (else 401, the body unread); body within
/// Discord:MaxBodyBytes (else 413, checked while it streams in); Ed25519 signature (else 401); an id not seen
/// before (else 401: a replay). Then PING gets PONG; a command is queued and its initial response returned within
/// the budget, or a deferral when the budget passes.
/// </summary>
internal static class InteractionEndpoint
{
    /// <summary>Added to the runner's budget before the endpoint defers by itself (budget &lt;= 2.5 s keeps it under 3 s).</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(300);

    public static async Task<IResult> HandleAsync(HttpContext context, InteractionSignatureVerifier verifier, InteractionReplayGuard replays,
        InteractionQueue queue, IOptions<DiscordOptions> options, TimeProvider time, ILoggerFactory loggers, IServiceProvider services)
    {
        var receivedAt = time.GetTimestamp();
        var logger = loggers.CreateLogger(typeof(InteractionEndpoint).FullName!);
        var settings = options.Value;
        if (!SignatureHeaders.TryRead(context.Request.Headers, out var headers, out var problem)) return Refuse(logger, context, problem);
        if ((time.GetUtcNow() - headers.SignedAt).Duration() > settings.TimestampTolerance)
            return Refuse(logger, context, $"timestamp {headers.SignedAt:u} is more than {settings.TimestampTolerance} from now");

        var body = await BoundedBody.ReadAsync(context.Request, settings.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            logger.LogWarning("Refused a Discord interaction from {Remote}: body larger than {Limit} bytes", context.Connection.RemoteIpAddress, settings.MaxBodyBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!verifier.IsConfigured) logger.LogWarning("Discord:PublicKey is missing or not a 64-character hex key: every interaction is refused");
        if (!verifier.Verify(headers.Signature, headers.Timestamp, body)) return Refuse(logger, context, "signature check failed");

        Interaction? interaction;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!replays.TryAccept(ReplayKey(json.RootElement, headers), headers.SignedAt))
                return Refuse(logger, context, "interaction seen before (a replay)");
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.Number && type.GetInt32() == InteractionType.Ping)
                return Results.Json(InteractionResponse.Pong);
            InteractionReader.TryRead(json.RootElement, out interaction, out problem);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return Results.BadRequest("The interaction is not valid JSON.");
        }
        if (interaction is null) return Results.BadRequest(problem);

        var job = new InteractionJob(interaction, InteractionOrigin.Http);
        queue.Enqueue(job);
        InteractionResponse response;
        try
        {
            response = await job.InitialResponse.WaitAsync(options.Value.InlineBudget + Margin, context.RequestAborted);
        }
        catch (TimeoutException)
        {
            response = job.Decide(InteractionResponse.Deferred);
        }
        catch (OperationCanceledException exception)
        {
            job.Decide(InteractionResponse.Deferred);
            job.MarkUndelivered(exception);
            throw;
        }

        // Resolved, not injected: hosts of the endpoint alone (tests) may have no metrics.
        services.GetService<ChatOpsMetrics>()?.Acknowledged("discord", time.GetElapsedTime(receivedAt));
        context.Response.OnCompleted(() =>
        {
            job.MarkDelivered();
            return Task.CompletedTask;
        });
        return Results.Json(response);
    }

    /// <summary>The interaction's id; a body without one (only ever a hand-made PING) is known by its signature instead.</summary>
    private static string ReplayKey(JsonElement root, SignatureHeaders headers) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? "id:" + id.GetString()
            : "signature:" + headers.Signature.ToLowerInvariant();

    private static IResult Refuse(ILogger logger, HttpContext context, string reason)
    {
        logger.LogWarning("Refused a Discord interaction from {Remote}: {Reason}", context.Connection.RemoteIpAddress, reason);
        return Results.Unauthorized();
    }
}
