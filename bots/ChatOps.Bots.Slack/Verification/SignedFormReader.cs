using System.Buffers;
using ChatOps.Audit;
using ChatOps.Bots.Slack.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.Verification;

/// <summary>
/// The checks every form Slack posts goes through (slash commands, button presses), in order: signature headers
/// present (else 401), body within Slack:MaxBodyBytes (else 400), signature, timestamp and replay checked (else
/// 401), form well formed (else 400). A refusal is answered here; an unauthenticated one is on record without its body.
/// </summary>
internal sealed class SignedFormReader(SlackSignatureVerifier verifier, IOptions<SlackOptions> options, ILogger<SignedFormReader> logger,
    IRejectedRequests? rejections = null)
{
    private const string SignatureHeader = "X-Slack-Signature";
    private const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>The form's fields, or null when the request was refused (the response is written).</summary>
    public async Task<Dictionary<string, string>?> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        string? timestamp = request.Headers[TimestampHeader];
        string? signature = request.Headers[SignatureHeader];
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            return await RefuseAsync(context, StatusCodes.Status401Unauthorized, "missing Slack signature headers");

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit) return await RefuseAsync(context, StatusCodes.Status400BadRequest, $"body larger than {limit} bytes");
        var buffer = ArrayPool<byte>.Shared.Rent(limit + 1);
        try
        {
            var length = await ReadBodyAsync(request.Body, buffer, limit + 1, context.RequestAborted);
            if (length > limit) return await RefuseAsync(context, StatusCodes.Status400BadRequest, $"body larger than {limit} bytes");
            var body = buffer.AsMemory(0, length);

            var check = verifier.Verify(timestamp, signature, body.Span);
            if (check != SignatureCheck.Valid) return await RefuseAsync(context, StatusCodes.Status401Unauthorized, "signature check failed: " + check);
            if (!IsForm(request.ContentType))
                return await RefuseAsync(context, StatusCodes.Status400BadRequest, "content type must be application/x-www-form-urlencoded");
            if (!SlashCommandReader.TryReadForm(body.Span, out var fields, out var problem))
                return await RefuseAsync(context, StatusCodes.Status400BadRequest, "malformed form: " + problem);
            return fields;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Answers with the status and reason; returns null so a caller can refuse and return in one statement.</summary>
    public async Task<Dictionary<string, string>?> RefuseAsync(HttpContext context, int status, string reason)
    {
        logger.LogWarning("Refused a Slack request to {Path} from {Remote}: {Reason}", context.Request.Path, context.Connection.RemoteIpAddress, reason);
        // Unauthenticated requests are on record (without their body); a malformed signed one is Slack's own mistake.
        if (status == StatusCodes.Status401Unauthorized && rejections is not null)
            await rejections.RejectedAsync("slack", reason, context.Connection.RemoteIpAddress?.ToString(), CancellationToken.None);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reason, context.RequestAborted);
        return null;
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
}
