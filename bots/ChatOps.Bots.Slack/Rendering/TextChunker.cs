using System.Text;

namespace ChatOps.Bots.Slack.Rendering;

/// <summary>
/// Cuts already-escaped text into pieces of at most a given length, at line ends where it can, never inside an
/// escape such as &amp;amp; (a cut entity would show as raw text).
/// </summary>
internal static class TextChunker
{
    public static IEnumerable<string> Chunk(string escaped, int maxLength)
    {
        var start = 0;
        while (escaped.Length - start > maxLength)
        {
            var end = start + maxLength;
            var newline = escaped.LastIndexOf('\n', end - 1, maxLength);
            if (newline > start)
            {
                yield return escaped[start..newline];
                start = newline + 1;
                continue;
            }
            var ampersand = escaped.LastIndexOf('&', end - 1, Math.Min(maxLength, 5));
            if (ampersand > start && escaped.IndexOf(';', ampersand) >= end) end = ampersand;
            yield return escaped[start..end];
            start = end;
        }
        yield return escaped[start..];
    }

    /// <summary>The text cut to maxLength with a visible note of how much was dropped.</summary>
    public static string Truncate(string escaped, int maxLength)
    {
        if (escaped.Length <= maxLength) return escaped;
        var note = $"… (truncated, {escaped.Length} characters in all)";
        var kept = Chunk(escaped, Math.Max(1, maxLength - note.Length)).First();
        return new StringBuilder(kept).Append(note).ToString();
    }
}
