namespace ChatOps.Bots.Slack.Rendering;

/// <summary>A Block Kit text object: mrkdwn, with user text escaped by MrkdwnEscaper first, or plain_text (a button's label).</summary>
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Mrkdwn(string text) => new("mrkdwn", text);

    public static TextObject Plain(string text) => new("plain_text", text);
}
