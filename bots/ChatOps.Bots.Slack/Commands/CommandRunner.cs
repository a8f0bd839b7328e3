using System.Threading.Channels;
using ChatOps.Bots.Slack.Files;
using ChatOps.Bots.Slack.FollowUp;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Delivery;
using ChatOps.Bots.Slack.UserGroups;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>
/// Runs one slash command through the war room and keeps Slack's 3-second rule: if the command ends within
/// Slack:InlineBudget its result is the HTTP answer; otherwise the answer is an acknowledgement (with the latest
/// progress) and progress and result follow through the conversation. Socket Mode commands, acked already,
/// send even a quick result as a follow-up. Files the result names are attached after it was delivered. A result
/// Slack would not take, after the retries, is kept and shown at the requester's next command in the channel.
/// </summary>
internal sealed class CommandRunner(
    IWarRoom warRoom, ConversationFactory conversations, BlockKitRenderer renderer, FileUploader files, IKeptResults kept, SlackUserGroups userGroups,
    IOptions<SlackOptions> options, TimeProvider time, ILogger<CommandRunner> logger)
{
    public async Task RunAsync(CommandJob job, CancellationToken cancellationToken)
    {
        var line = job.Command.Line;
        try
        {
            await RunCoreAsync(job, line, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("{Line} stopped: the bot is shutting down", line);
            job.TryAnswer(renderer.RenderResult(line, [new ErrorReply($"{line} was stopped: the bot is shutting down.")]));
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "{Line} from {User} in {Channel}: the result could not be delivered", line, job.Command.UserId, job.Command.ChannelId);
            job.TryAnswer(renderer.RenderResult(line, [new ErrorReply($"{line} failed: {exception.Message}")]));
        }
    }

    private async Task RunCoreAsync(CommandJob job, string line, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var replies = Channel.CreateUnbounded<Reply>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var pump = PumpAsync(job, replies.Writer, cancellationToken);
        var stream = new ReplyStream(replies.Reader, time);
        var conversation = conversations.Create(job);

        if (await stream.ReadAsync(job.ReceivedAt + settings.InlineBudget, cancellationToken))
        {
            await pump;
            var quick = renderer.RenderResult(line, stream.Results, files.CanAttach);
            if (job.TryAnswer(quick) || await DeliverAsync(job, conversation, quick, stream.Results, cancellationToken))
                await files.AttachAsync(job.Command, conversation, stream.Results, cancellationToken);
            return;
        }

        var ack = renderer.RenderProgress(line, stream.LatestProgress);
        stream.ProgressPending = false;
        if (!job.TryAnswer(ack)) await conversation.ShowProgressAsync(ack, cancellationToken);
        var shownAt = time.GetUtcNow();

        while (true)
        {
            DateTimeOffset? nextShow = stream.ProgressPending ? shownAt + settings.ProgressInterval : null;
            if (await stream.ReadAsync(nextShow, cancellationToken)) break;
            if (!stream.ProgressPending || time.GetUtcNow() < shownAt + settings.ProgressInterval) continue;
            stream.ProgressPending = false;
            shownAt = time.GetUtcNow();
            await conversation.ShowProgressAsync(renderer.RenderProgress(line, stream.LatestProgress), cancellationToken);
        }

        await pump;
        if (await DeliverAsync(job, conversation, renderer.RenderResult(line, stream.Results, files.CanAttach), stream.Results, cancellationToken))
            await files.AttachAsync(job.Command, conversation, stream.Results, cancellationToken);
    }

    /// <summary>False when Slack did not take the result: then it is kept for the requester (its files with it).</summary>
    private async Task<bool> DeliverAsync(CommandJob job, IConversation conversation, SlackMessage result, IReadOnlyList<Reply> results,
        CancellationToken cancellationToken)
    {
        try
        {
            await conversation.FinishAsync(result, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var command = job.Command;
            logger.LogError(exception, "{Line} from {User} in {Channel}: the result could not be delivered; it is kept for their next command",
                command.Line, command.UserId, command.ChannelId);
            try
            {
                await kept.KeepAsync(command.ToChatMessage(), results, "Slack did not take it: " + exception.Message, CancellationToken.None);
            }
            catch (Exception keeping)
            {
                logger.LogCritical(keeping, "The undelivered result of {Line} for {User} could not be kept either", command.Line, command.UserId);
            }
            return false;
        }
    }

    /// <summary>Feeds the war room's replies into the channel; a war room that throws becomes an error reply the user sees.</summary>
    private async Task PumpAsync(CommandJob job, ChannelWriter<Reply> writer, CancellationToken cancellationToken)
    {
        // Let the caller start reading before the war room does any synchronous work.
        await Task.Yield();
        try
        {
            var message = job.Command.ToChatMessage() with
            {
                Groups = await userGroups.OfAsync(job.Command.UserId, cancellationToken),
                FollowUp = new ChatOps.Audit.FollowUpRoute(job.Command.ResponseUrl.ToString(), job.ReceivedAt + options.Value.ResponseUrlLifetime),
            };
            await foreach (var reply in warRoom.HandleAsync(message, cancellationToken))
            {
                await writer.WriteAsync(reply, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "The war room failed on {Line}", job.Command.Line);
            writer.TryWrite(new ErrorReply($"{job.Command.Line} failed: {exception.Message}"));
        }
        finally
        {
            writer.TryComplete();
        }
    }
}
