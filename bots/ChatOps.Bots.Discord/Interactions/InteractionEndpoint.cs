using System.Text.Json;
using ChatOps.Audit;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Bots.Discord.Signatures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// POST /discord/interactions. The signature is checked before anything is read from the body; PING gets PONG;
/// a command is queued and its initial response returned within the budget, or a deferral when the budget passes.
/// </summary>
internal static class InteractionEndpoint
{
    private const int MaxBodyBytes = 1 << 20;

    /// <summary>Added to the runner's budget before the endpoint defers by itself (budget &lt;= 2.5 s keeps it under 3 s).</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(300);

    public static async Task<IResult> HandleAsync(HttpContext context, InteractionSignatureVerifier verifier, InteractionQueue queue,
        IOptions<DiscordOptions> options, ILoggerFactory loggers, [FromServices] IEnumerable<IRejectedRequests> rejections)
    {
        var logger = loggers.CreateLogger(typeof(InteractionEndpoint).FullName!);
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        if (!verifier.IsConfigured) logger.LogWarning("Discord:PublicKey is missing or not a 64-character hex key: every interaction is refused");
        if (!verifier.Verify(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body))
        {
            // On record without the body; enumerable so the adapter also runs without the war room's audit.
            foreach (var audit in rejections)
                await audit.RejectedAsync("discord", "signature check failed", context.Connection.RemoteIpAddress?.ToString(), CancellationToken.None);
            return Results.Unauthorized();
        }

        Interaction? interaction;
        string? problem;
        try
        {
            using var json = JsonDocument.Parse(body);
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

        context.Response.OnCompleted(() =>
        {
            job.MarkDelivered();
            return Task.CompletedTask;
        });
        return Results.Json(response);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
