using System.Text.Json;
using ChatOps.Bots.Slack.Commands;
using ChatOps.Bots.Slack.Verification;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bots.Slack.Interactivity;

/// <summary>
/// POST /slack/interactions, the app's interactivity request URL: a button press arrives as a form whose field
/// "payload" holds the JSON, signed exactly like a slash command. It is acknowledged with an empty 200 at once and
/// runs as the command it stands for; its answer follows through the press's response_url (or the Web API).
/// </summary>
internal sealed class InteractivityEndpoint(SignedFormReader forms, BlockActionReader reader, SlackCommandQueue queue, TimeProvider time)
{
    public const string Path = "/slack/interactions";

    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetUtcNow();
        if (await forms.ReadAsync(context) is not { } fields) return;
        if (!fields.TryGetValue("payload", out var text))
        {
            await forms.RefuseAsync(context, StatusCodes.Status400BadRequest, "the form has no field 'payload'");
            return;
        }
        SlashCommand? command;
        string? problem;
        try
        {
            using var payload = JsonDocument.Parse(text);
            reader.TryRead(payload.RootElement, out command, out problem);
        }
        catch (JsonException)
        {
            (command, problem) = (null, "the field 'payload' is not JSON");
        }
        if (command is null)
        {
            await forms.RefuseAsync(context, StatusCodes.Status400BadRequest, "malformed button press: " + problem);
            return;
        }
        // Slack takes no message in the answer to a button press: it is acknowledged, and the result goes as a follow-up.
        if (!queue.TryEnqueue(new CommandJob(command, receivedAt, answersOverHttp: false)))
        {
            await forms.RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "the bot is shutting down");
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
