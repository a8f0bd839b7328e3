using ChatOps.Bots.Discord.Rendering;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// The files an answer names, each attached to a follow-up message of its own once the answer is shown, so a
/// file Discord refuses never costs the rest. A file larger than Discord takes (the interaction's
/// attachment_size_limit, else Discord:AttachmentLimitBytes) is said to be kept on the server instead; a failed
/// upload is told to the invoking user with Discord's reason.
/// </summary>
internal sealed class FileFollowUps(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<FileFollowUps> logger)
{
    private const int MaxShownName = 200;

    /// <param name="privately">True when the answer was shown to the invoking user only: its files are too.</param>
    public async Task SendAsync(Interaction interaction, IReadOnlyList<FileReply> files, bool privately)
    {
        var limit = interaction.AttachmentSizeLimit ?? options.Value.AttachmentLimitBytes;
        var flags = privately ? DiscordMessage.Ephemeral : 0;
        foreach (var file in files)
        {
            var named = $"📎 {Shown(file)}";
            var problem = file.Size > limit
                ? await TryAsync(() => rest.CreateFollowUpAsync(interaction.Token, new DiscordMessage(
                    $"{named} ({file.SizeText}) is kept on the server: Discord takes files of up to {FileReply.FormatSize(limit)} here.", flags), CancellationToken.None))
                : await TryAttachAsync(interaction.Token, new DiscordMessage(named, flags), file);
            if (problem is not null) await TellAsync(interaction.Token, file, problem);
        }
    }

    /// <summary>Null when the file is attached, else why not, in words for the user.</summary>
    private async Task<string?> TryAttachAsync(string token, DiscordMessage message, FileReply file)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "The kept file {Path} could not be read", file.Path);
            return "the server could not read it: " + exception.Message;
        }
        // The script's name is shown, never sent as a file name: Discord gets the name the server made safe.
        return await TryAsync(() => rest.CreateFollowUpWithFileAsync(token, message, file.SafeName, bytes, file.ContentType, CancellationToken.None));
    }

    /// <summary>Null when Discord took the message, else why not.</summary>
    private static async Task<string?> TryAsync(Func<Task> send)
    {
        try
        {
            await send();
            return null;
        }
        catch (DiscordApiException exception)
        {
            return exception.Message;
        }
        catch (HttpRequestException exception)
        {
            return "Discord could not be reached: " + exception.Message;
        }
        catch (TaskCanceledException)
        {
            return "Discord did not answer in time";
        }
    }

    /// <summary>The script's name for the file, escaped and cut so that no message about it can pass Discord's 2,000 characters.</summary>
    private static string Shown(FileReply file) => DiscordMarkdown.Escape(file.Name.Length <= MaxShownName ? file.Name : file.Name[..MaxShownName] + "…");

    private async Task TellAsync(string token, FileReply file, string problem)
    {
        logger.LogWarning("{Name} could not be attached on Discord: {Problem}", file.Name, problem);
        var note = DiscordMessage.Private($"❌ {Shown(file)} ({file.SizeText}) could not be attached: {DiscordMarkdown.Escape(problem)}. It is kept on the server.");
        if (await TryAsync(() => rest.CreateFollowUpAsync(token, note, CancellationToken.None)) is { } unsent)
            logger.LogError("The user could not be told that {Name} was not attached: {Problem}", file.Name, unsent);
    }
}
