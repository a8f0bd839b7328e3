using ChatOps.Replies;

namespace ChatOps.Tests.Replies.Support;

/// <summary>
/// Finds text a command's answer says twice, the way a reader notices it: the same run of words in the prose of
/// its errors and texts (message, usage, detail), wherever each copy sits (a reason quoted again in a detail line,
/// an exception's message inside another's), and a table row or card field given twice whole. Progress is left
/// out: it is replaced as it goes, not read as a whole.
/// </summary>
internal static class ReplySentences
{
    /// <summary>Words in a run that count as a sentence said again: longer than any phrase prose repeats by chance.</summary>
    private const int RunLength = 8;

    /// <summary>Each run of words said more than once, and each row or field given twice.</summary>
    public static IReadOnlyList<string> Repeated(IEnumerable<Reply> replies)
    {
        var all = replies.ToList();
        var runs = all.SelectMany(Prose).SelectMany(Runs);
        var whole = all.SelectMany(Whole);
        return runs.GroupBy(r => r, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .Concat(whole.GroupBy(w => w, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            .ToList();
    }

    private static IEnumerable<string> Prose(Reply reply) => reply switch
    {
        ErrorReply error => new[] { error.Message, error.Usage, error.Detail }.OfType<string>(),
        TextReply text => [text.Text],
        _ => [],
    };

    private static IEnumerable<string> Whole(Reply reply) => reply switch
    {
        TableReply table => table.Rows.Select(row => string.Join(" | ", row)),
        CardReply card => card.Fields.Select(f => $"{f.Label}: {f.Value}"),
        _ => [],
    };

    private static IEnumerable<string> Runs(string text)
    {
        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '(', ')')).ToArray();
        for (var i = 0; i + RunLength <= words.Length; i++) yield return string.Join(' ', words[i..(i + RunLength)]);
    }
}
