using System.Buffers;
using System.Text.Json;
using ChatOps.Audit;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.Verification;
using ChatOps.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>
/// POST /slack/commands. In order: signature headers present (else 401), body within Slack:MaxBodyBytes (else 400),
/// signature, timestamp and replay checked (else 401), form well formed (else 400); only then ssl_check is
/// answered or the command queued. The answer is always sent before Slack:AckDeadline.
/// </summary>
internal sealed class SlashCommandEndpoint(
    SlackSignatureVerifier verifier, SlashCommandReader reader, SlackCommandQueue queue, BlockKitRenderer renderer,
    IOptions<SlackOptions> options, TimeProvider time, ILogger<SlashCommandEndpoint> logger, IRejectedRequests? rejections = null,
    ChatOpsMetrics? metrics = null)
{
    public const string Path = "/slack/commands";
    private const string SignatureHeader = "X-Slack-Signature";
    private const string TimestampHeader = "X-Slack-Request-Timestamp";

    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetUtcNow();
        var request = context.Request;
        string? timestamp = request.Headers[TimestampHeader];
        string? signature = request.Headers[SignatureHeader];
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "missing Slack signature headers");
            return;
        }

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, $"body larger than {limit} bytes");
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(limit + 1);
        try
        {
            var length = await ReadBodyAsync(request.Body, buffer, limit + 1, context.RequestAborted);
            if (length > limit)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, $"body larger than {limit} bytes");
                return;
            }
            var body = buffer.AsMemory(0, length);

            var check = verifier.Verify(timestamp, signature, body.Span);
            if (check != SignatureCheck.Valid)
            {
                await RefuseAsync(context, StatusCodes.Status401Unauthorized, "signature check failed: " + check);
                return;
            }
            if (!IsForm(request.ContentType))
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "content type must be application/x-www-form-urlencoded");
                return;
            }
            if (!SlashCommandReader.TryReadForm(body.Span, out var fields, out var problem))
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "malformed form: " + problem);
                return;
            }
            if (fields.GetValueOrDefault("ssl_check") == "1")
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                return;
            }
            if (!reader.TryRead(fields, out var command, out problem))
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "malformed slash command: " + problem);
                return;
            }

            await AnswerAsync(context, new CommandJob(command, receivedAt, answersOverHttp: true));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task AnswerAsync(HttpContext context, CommandJob job)
    {
        if (!queue.TryEnqueue(job))
        {
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "the bot is shutting down");
            return;
        }
        SlackMessage answer;
        var left = job.ReceivedAt + options.Value.AckDeadline - time.GetUtcNow();
        try
        {
            answer = await job.Answer.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, context.RequestAborted);
        }
        catch (TimeoutException)
        {
            // The worker has not answered in time (e.g. the machine is overloaded): acknowledge now; whoever
            // loses this race sends its message as a follow-up instead.
            var ack = renderer.RenderProgress(job.Command.Line, null);
            answer = job.TryAnswer(ack) ? ack : await job.Answer;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        metrics?.Acknowledged("slack", time.GetUtcNow() - job.ReceivedAt);
        await JsonSerializer.SerializeAsync(context.Response.Body, answer, SlackJson.Options, context.RequestAborted);
    }

    private static async Task<int> ReadBodyAsync(Stream body, byte[] buffer, int max, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < max && (read = await body.ReadAsync(buffer.AsMemory(total, max - total), cancellationToken)) > 0) total += read;
        return total;
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private async Task RefuseAsync(HttpContext context, int status, string reason)
    {
        logger.LogWarning("Refused a Slack request from {Remote}: {Reason}", context.Connection.RemoteIpAddress, reason);
        // Unauthenticated requests are on record (without their body); a malformed signed one is Slack's own mistake.
        if (status == StatusCodes.Status401Unauthorized && rejections is not null)
            await rejections.RejectedAsync("slack", reason, context.Connection.RemoteIpAddress?.ToString(), CancellationToken.None);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reason, context.RequestAborted);
    }
}
