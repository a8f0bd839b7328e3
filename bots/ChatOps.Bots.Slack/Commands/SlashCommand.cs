namespace ChatOps.Bots.Slack.Commands;

/// <summary>The fields of a slash command invocation the adapter uses; the same from an HTTP form or a Socket Mode payload.</summary>
internal sealed record SlashCommand(string TeamId, string ChannelId, string UserId, string Command, string Text, Uri ResponseUrl)
{
    /// <summary>The slash command whose text is itself a war-room line (`/run !Print value=hi`), as in the manifest.</summary>
    public const string RunCommand = "/run";

    /// <summary>
    /// The war-room line: the command and its text as the user typed them; for /run, the text alone, since Slack
    /// only lets a slash command start a message and scripts are addressed as !Name.
    /// </summary>
    public string Line => Command == RunCommand ? Text : Text.Length == 0 ? Command : Command + " " + Text;

    public ChatMessage ToChatMessage() => new("slack", UserId, ChannelId, Line);
}
