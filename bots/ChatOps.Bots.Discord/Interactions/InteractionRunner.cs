using ChatOps.Bots.Discord.Commands;
using ChatOps.Bots.Discord.Rendering;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Delivery;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// Runs one interaction: translate it to a war-room line, run the war room, and answer within Discord's 3 s —
/// inline when the war room finished within the budget and its answer fits one message, else deferred at once
/// and then the original response edited with progress and the result, long output in follow-ups, errors only
/// to the invoking user; the files it names follow, each attached to a follow-up of its own. A result Discord would
/// not take, after the retries, is kept and shown at the user's next command in the channel.
/// </summary>
internal sealed class InteractionRunner(
    IWarRoom warRoom, DiscordRestClient rest, FileFollowUps files, IKeptResults kept, IOptions<DiscordOptions> options,
    ILogger<InteractionRunner> logger, TimeProvider time)
{
    /// <summary>How long edits wait for the HTTP response carrying the deferral to be written.</summary>
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(10);

    private readonly DiscordOptions _options = options.Value;

    public async Task RunAsync(InteractionJob job, CancellationToken stopping)
    {
        var interaction = job.Interaction;
        if (!InteractionTranslator.TryTranslate(interaction, out var line, out var refusal))
        {
            await DeliverInitialAsync(job, job.Decide(InteractionResponse.Message(DiscordMessage.Private("❌ " + refusal))));
            return;
        }

        var transcript = new ReplyTranscript();
        var message = new ChatMessage("discord", interaction.UserId, interaction.ChannelId, line, interaction.RoleIds)
        {
            FollowUp = new ChatOps.Audit.FollowUpRoute(interaction.Token, time.GetUtcNow() + DiscordInterruptedCommandNotifier.TokenLifetime),
        };
        // Task.Run: a war room that works synchronously before its first await must not hold up the deadline.
        var run = Task.Run(() => PumpAsync(message, transcript, stopping), CancellationToken.None);
        var inTime = await Task.WhenAny(run, Task.Delay(_options.InlineBudget, time, stopping)) == run;

        if (inTime && transcript.RenderAll() is var everything && everything.Length <= Rendering.MessageSplitter.Limit)
        {
            var inline = transcript.HasErrors ? DiscordMessage.Private(everything) : new DiscordMessage(OrDone(everything)) { Components = transcript.Buttons };
            var decided = job.Decide(InteractionResponse.Message(inline));
            if (!decided.IsDeferred)
            {
                await DeliverInitialAsync(job, decided);
                // A follow-up before Discord has the initial response would be refused.
                if (transcript.Files.Count > 0 && await WaitForDeliveryAsync(job))
                    await files.SendAsync(interaction, transcript.Files, privately: transcript.HasErrors);
                return;
            }
        }

        await DeliverInitialAsync(job, job.Decide(InteractionResponse.Deferred));
        if (!await WaitForDeliveryAsync(job))
        {
            await run;
            await KeepAsync(message, transcript, "Discord never got the command's first answer");
            return;
        }
        await ShowProgressAsync(interaction.Token, transcript, run);
        await run;
        try
        {
            await ShowResultAsync(interaction.Token, transcript);
        }
        catch (Exception exception) when (exception is DiscordApiException or HttpRequestException or TimeoutRejectedException)
        {
            logger.LogError(exception, "The result for {User} in {Channel} could not be delivered; it is kept for their next command", message.User, message.Channel);
            await KeepAsync(message, transcript, "Discord did not take it: " + exception.Message);
            return;
        }
        await files.SendAsync(interaction, transcript.Files, privately: false);
    }

    private async Task KeepAsync(ChatMessage message, ReplyTranscript transcript, string reason)
    {
        try
        {
            await kept.KeepAsync(message, transcript.Replies, reason, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogCritical(exception, "The undelivered result of {Line} for {User} could not be kept either", message.Text, message.User);
        }
    }

    /// <summary>Answers without running anything (too many interactions at once).</summary>
    public Task RefuseAsync(InteractionJob job, string reason) =>
        DeliverInitialAsync(job, job.Decide(InteractionResponse.Message(DiscordMessage.Private("❌ " + reason))));

    private async Task PumpAsync(ChatMessage message, ReplyTranscript transcript, CancellationToken stopping)
    {
        try
        {
            await foreach (var reply in warRoom.HandleAsync(message, stopping)) transcript.Add(reply);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            transcript.Add(new ErrorReply("The server is stopping; the command was cancelled."));
        }
        catch (Exception exception)
        {
            // The war room reports handler failures itself; this is the war room failing, said to the user too.
            logger.LogError(exception, "The war room failed on a Discord command from {User} in {Channel}", message.User, message.Channel);
            transcript.Add(new ErrorReply("The war room failed: " + exception.Message));
        }
    }

    private async Task DeliverInitialAsync(InteractionJob job, InteractionResponse response)
    {
        // Over HTTP the endpoint writes the response and marks it delivered; over the gateway it is a REST call.
        if (job.Origin != InteractionOrigin.Gateway) return;
        try
        {
            await rest.CreateInteractionResponseAsync(job.Interaction.Id, job.Interaction.Token, response, CancellationToken.None);
            job.MarkDelivered();
        }
        catch (Exception exception)
        {
            job.MarkUndelivered(exception);
            throw;
        }
    }

    private async Task<bool> WaitForDeliveryAsync(InteractionJob job)
    {
        try
        {
            await job.Delivered.WaitAsync(DeliveryWait, time);
            return true;
        }
        catch (TimeoutException)
        {
            logger.LogWarning("The deferral of interaction {Id} was not confirmed within {Wait}; editing anyway", job.Interaction.Id, DeliveryWait);
            return true;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Interaction {Id} never got its initial response to Discord; its result cannot be shown", job.Interaction.Id);
            return false;
        }
    }

    private async Task ShowProgressAsync(string token, ReplyTranscript transcript, Task run)
    {
        var shown = 0;
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(_options.ProgressEditInterval, time));
            var version = transcript.Version;
            if (run.IsCompleted || version == shown) continue;
            shown = version;
            try
            {
                await rest.EditOriginalResponseAsync(token, new DiscordMessage(MessagePlan.Preview(OrWorking(transcript.RenderPublic()))), CancellationToken.None);
            }
            catch (Exception exception) when (exception is DiscordApiException or HttpRequestException or TimeoutRejectedException)
            {
                // A lost progress edit must not cost the result that follows.
                logger.LogWarning("A progress edit did not reach Discord ({Problem}); the result will still be sent", exception.Message);
            }
        }
    }

    private async Task ShowResultAsync(string token, ReplyTranscript transcript)
    {
        var errors = transcript.RenderErrors();
        var shown = transcript.RenderPublic();
        if (shown.Length == 0) shown = errors.Length > 0 ? "❌ The command failed; the details are shown only to you." : OrDone(shown);

        var parts = MessagePlan.For(shown, 1 + _options.MaxFollowUps);
        // The buttons go with the first part, the one that names the request they decide.
        await rest.EditOriginalResponseAsync(token, new DiscordMessage(parts[0]) { Components = transcript.Buttons }, CancellationToken.None);
        foreach (var part in parts.Skip(1)) await rest.CreateFollowUpAsync(token, new DiscordMessage(part), CancellationToken.None);
        if (errors.Length == 0) return;
        foreach (var part in MessagePlan.For(errors, 1 + _options.MaxFollowUps))
            await rest.CreateFollowUpAsync(token, DiscordMessage.Private(part), CancellationToken.None);
    }

    private static string OrDone(string text) => text.Length > 0 ? text : "✅ Done (no output).";

    private static string OrWorking(string text) => text.Length > 0 ? text : "⏳ Working…";
}
