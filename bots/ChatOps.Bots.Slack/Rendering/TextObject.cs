namespace ChatOps.Bots.Slack.Rendering;

/// <summary>A Block Kit text object; always mrkdwn here, with user text escaped by MrkdwnEscaper first.</summary>
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Mrkdwn(string text) => new("mrkdwn", text);
}
