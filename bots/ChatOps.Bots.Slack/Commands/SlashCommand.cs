namespace ChatOps.Bots.Slack.Commands;

/// <summary>The fields of a slash command invocation the adapter uses; the same from an HTTP form or a Socket Mode payload.</summary>
internal sealed record SlashCommand(string TeamId, string ChannelId, string UserId, string Command, string Text, Uri ResponseUrl)
{
    /// <summary>The war-room line: the command and its text, as the user typed them.</summary>
    public string Line => Text.Length == 0 ? Command : Command + " " + Text;

    public ChatMessage ToChatMessage() => new("slack", UserId, ChannelId, Line);
}
