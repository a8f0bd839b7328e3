using System.Text.Json;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.Verification;
using ChatOps.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>
/// POST /slack/commands. The signed form is checked first (see <see cref="SignedFormReader"/>); only then ssl_check
/// is answered or the command queued. The answer is always sent before Slack:AckDeadline.
/// </summary>
internal sealed class SlashCommandEndpoint(
    SignedFormReader forms, SlashCommandReader reader, SlackCommandQueue queue, BlockKitRenderer renderer,
    IOptions<SlackOptions> options, TimeProvider time, ChatOpsMetrics? metrics = null)
{
    public const string Path = "/slack/commands";

    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetUtcNow();
        if (await forms.ReadAsync(context) is not { } fields) return;
        if (fields.GetValueOrDefault("ssl_check") == "1")
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        if (!reader.TryRead(fields, out var command, out var problem))
        {
            await forms.RefuseAsync(context, StatusCodes.Status400BadRequest, "malformed slash command: " + problem);
            return;
        }

        await AnswerAsync(context, new CommandJob(command, receivedAt, answersOverHttp: true));
    }

    private async Task AnswerAsync(HttpContext context, CommandJob job)
    {
        if (!queue.TryEnqueue(job))
        {
            await forms.RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "the bot is shutting down");
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
}
