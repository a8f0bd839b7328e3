namespace ChatOps.Bots.Slack.Rendering;

/// <summary>
/// Slack's three control characters. Escaping them in every piece of user-visible text means output can never
/// contain &lt;!channel&gt;, &lt;@U..&gt; or a link: a war-room reply cannot ping anyone.
/// </summary>
internal static class MrkdwnEscaper
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Escaped, and with any ``` broken up so text inside a code block cannot close it early.</summary>
    public static string EscapeCode(string text) =>
        Escape(text).Replace("```", "`\u200B`\u200B`", StringComparison.Ordinal);
}
