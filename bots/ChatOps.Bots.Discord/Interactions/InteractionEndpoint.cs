using System.Text.Json;
using ChatOps.Audit;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Bots.Discord.Signatures;
using ChatOps.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        InteractionQueue queue, IOptions<DiscordOptions> options, TimeProvider time, ILoggerFactory loggers,
        [FromServices] IEnumerable<IRejectedRequests> rejections, IServiceProvider services)
    {
        var receivedAt = time.GetTimestamp();
        var logger = loggers.CreateLogger(typeof(InteractionEndpoint).FullName!);
        Task<IResult> Refuse(string reason) => RefuseAsync(logger, context, rejections, reason);
        var settings = options.Value;
        if (!SignatureHeaders.TryRead(context.Request.Headers, out var headers, out var problem)) return await Refuse(problem);
        if ((time.GetUtcNow() - headers.SignedAt).Duration() > settings.TimestampTolerance)
            return await Refuse($"timestamp {headers.SignedAt:u} is more than {settings.TimestampTolerance} from now");

        var body = await BoundedBody.ReadAsync(context.Request, settings.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            logger.LogWarning("Refused a Discord interaction from {Remote}: body larger than {Limit} bytes", context.Connection.RemoteIpAddress, settings.MaxBodyBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!verifier.IsConfigured) logger.LogWarning("Discord:PublicKey is missing or not a 64-character hex key: every interaction is refused");
        if (!verifier.Verify(headers.Signature, headers.Timestamp, body)) return await Refuse("signature check failed");

        Interaction? interaction;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!await replays.TryAcceptAsync(ReplayKey(json.RootElement, headers), headers.SignedAt, context.RequestAborted))
                return await Refuse("interaction seen before (a replay)");
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

    /// <summary>A 401, logged and on record without the body; enumerable so the adapter also runs without the war room's audit.</summary>
    private static async Task<IResult> RefuseAsync(ILogger logger, HttpContext context, IEnumerable<IRejectedRequests> rejections, string reason)
    {
        logger.LogWarning("Refused a Discord interaction from {Remote}: {Reason}", context.Connection.RemoteIpAddress, reason);
        foreach (var audit in rejections)
            await audit.RejectedAsync("discord", reason, context.Connection.RemoteIpAddress?.ToString(), CancellationToken.None);
        return Results.Unauthorized();
    }
}
