namespace ChatOps.Bots.Discord.Rendering;

/// <summary>
/// Cuts text into Discord messages of at most Limit characters (content &lt;= 2000), at line ends where it can.
/// A cut inside a code block closes the block and opens it again in the next message, so each message renders
/// on its own.
/// </summary>
internal static class MessageSplitter
{
    public const int Limit = 2000;

    public static IReadOnlyList<string> Split(string text, int limit = Limit)
    {
        var messages = new List<string>();
        var current = new System.Text.StringBuilder();
        string? openFence = null;
        // Room for "\n```" when a block is closed early, and for the fence line when one is reopened.
        var reserve = DiscordMarkdown.Fence.Length + 1;

        void Flush()
        {
            if (current.Length == 0) return;
            if (openFence is not null) current.Append('\n').Append(DiscordMarkdown.Fence);
            messages.Add(current.ToString());
            current.Clear();
            if (openFence is not null) current.Append(openFence);
        }

        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var isFence = line.StartsWith(DiscordMarkdown.Fence, StringComparison.Ordinal);
            while (true)
            {
                var separator = current.Length == 0 ? 0 : 1;
                var room = limit - reserve - current.Length - separator;
                if (line.Length <= room)
                {
                    if (separator == 1) current.Append('\n');
                    current.Append(line);
                    break;
                }
                var onlyReopenedFence = openFence is not null && current.Length == openFence.Length;
                if (current.Length > 0 && !onlyReopenedFence)
                {
                    Flush();
                    continue;
                }
                // One line longer than a whole message: hard cut.
                if (separator == 1) current.Append('\n');
                var take = Math.Max(1, limit - reserve - current.Length);
                current.Append(line, 0, Math.Min(take, line.Length));
                line = line[Math.Min(take, line.Length)..];
                Flush();
                if (line.Length == 0) break;
            }
            if (isFence) openFence = openFence is null ? rawLine : null;
        }
        if (current.Length > 0 && (openFence is null || current.Length > openFence.Length)) Flush();
        return messages.Count == 0 ? [""] : messages;
    }
}
