namespace ChatOps.Bots.Discord.Rendering;

/// <summary>
/// Text -> the messages that carry it: one when it fits, else numbered parts (the first edits the original
/// response, the others are follow-ups) and, past MaxMessages, a note that says how much was cut.
/// </summary>
internal static class MessagePlan
{
    /// <summary>Room kept in every part for its "(part i/n)" footer and the truncation note.</summary>
    private const int FooterRoom = 160;

    public static IReadOnlyList<string> For(string text, int maxMessages)
    {
        if (text.Length <= MessageSplitter.Limit) return [text];

        var parts = MessageSplitter.Split(text, MessageSplitter.Limit - FooterRoom);
        var kept = parts.Take(Math.Max(1, maxMessages)).ToList();
        var cut = parts.Skip(kept.Count).Sum(p => p.Length);
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i] += $"\n-# part {i + 1}/{kept.Count}";
            if (i == kept.Count - 1 && cut > 0)
                kept[i] += $" · output truncated: {cut:N0} more characters not shown (Discord allows 2,000 per message)";
        }
        return kept;
    }

    /// <summary>A progress edit: only the first part, marked as unfinished when more is coming.</summary>
    public static string Preview(string text) =>
        text.Length <= MessageSplitter.Limit ? text : MessageSplitter.Split(text, MessageSplitter.Limit - FooterRoom)[0] + "\n-# … more when it finishes";
}
