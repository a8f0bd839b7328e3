namespace ChatOps.Replies;

/// <summary>
/// A button under a card that runs one war-room command with one value when pressed, e.g. Approve runs
/// <c>/docker_image_approve id=12</c>. Platforms with buttons show it (Slack's actions block, Discord's message
/// components); the others show the line to type. What a pressed button sends back is read by the parser's
/// ButtonCommand, never trusted as a line.
/// </summary>
public sealed record ReplyButton(string Label, string Verb, string Value, ReplyButtonStyle Style = ReplyButtonStyle.Default)
{
    /// <summary>The line the button stands for, e.g. "/docker_image_approve id=12", shown where no buttons are.</summary>
    public string Line(string key) => $"{Verb} {key}={Value}";
}
