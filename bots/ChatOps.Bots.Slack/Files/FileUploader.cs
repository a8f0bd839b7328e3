using ChatOps.Bots.Slack.Commands;
using ChatOps.Bots.Slack.FollowUp;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.WebApi;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.Files;

/// <summary>
/// Shares the files a result names in the command's channel, one by one, once the result itself was delivered,
/// so an upload that fails never costs the rest of the answer. Slack's external upload: files.getUploadURLExternal
/// (name, length), the bytes to the URL it gave, files.completeUploadExternal (id, title, channel). A file that
/// could not be attached is said to the requester with Slack's reason, and that it is kept on the server.
/// Uploading needs the bot token (scope files:write); without one, or for a failed result (shown to the
/// requester only), nothing is uploaded and the result itself says the files are kept on the server.
/// </summary>
internal sealed class FileUploader(SlackApiClient api, BlockKitRenderer renderer, IOptions<SlackOptions> options, ILogger<FileUploader> logger)
{
    public bool CanAttach => !string.IsNullOrEmpty(options.Value.BotToken);

    public async Task AttachAsync(SlashCommand command, IConversation conversation, IReadOnlyList<Reply> results, CancellationToken cancellationToken)
    {
        if (!CanAttach || BlockKitRenderer.IsFailed(results)) return;
        foreach (var file in ReplyDisplay.Of(results).OfType<FileReply>())
        {
            var problem = await TryUploadAsync(command, file, cancellationToken);
            if (problem is not null) await TellAsync(command, conversation, file, problem, cancellationToken);
        }
    }

    /// <summary>Null when the file is shared, else why not, in words for the requester.</summary>
    private async Task<string?> TryUploadAsync(SlashCommand command, FileReply file, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken);
            // The script's name is only a title; Slack gets the name the server made safe for a file system.
            var (uploadUrl, fileId) = await api.GetUploadUrlAsync(file.SafeName, bytes.Length, cancellationToken);
            await api.UploadAsync(uploadUrl, bytes, file.ContentType, cancellationToken);
            await api.CompleteUploadAsync(fileId, file.Name, command.ChannelId, renderer.RenderFileComment(command.Line, file), cancellationToken);
            return null;
        }
        catch (SlackApiException exception)
        {
            return exception.Message;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "The kept file {Path} could not be read for {Line}", file.Path, command.Line);
            return "the server could not read it: " + exception.Message;
        }
        catch (HttpRequestException exception)
        {
            return "Slack could not be reached: " + exception.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "the upload timed out";
        }
    }

    private async Task TellAsync(SlashCommand command, IConversation conversation, FileReply file, string problem, CancellationToken cancellationToken)
    {
        logger.LogWarning("{Name} from {Line} could not be attached in {Channel}: {Problem}", file.Name, command.Line, command.ChannelId, problem);
        var note = renderer.RenderStatus(":x:", command.Line, $"could not attach {file.Name} ({file.SizeText}): {problem}. It is kept on the server.");
        try
        {
            await conversation.NoteAsync(note, cancellationToken);
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException or InvalidOperationException)
        {
            // Slack takes nothing more from this command (response_url spent or refused): the log is all that is left.
            logger.LogError(exception, "The requester of {Line} could not be told that {Name} was not attached", command.Line, file.Name);
        }
    }
}
