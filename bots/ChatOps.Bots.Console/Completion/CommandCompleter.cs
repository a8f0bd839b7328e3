using ChatOps.Parsers;

namespace ChatOps.Bots.Console.Completion;

/// <summary>
/// Tab completion for the war-room language: the first word from the command names (built-in verbs, help,
/// the script names content providers know, the REPL's own words), the word after <c>help</c> from the same
/// names, and later words from the argument keys of the command on the line that are not on it yet. Matching
/// ignores case; the candidates keep their own spelling (!Print).
/// </summary>
internal sealed class CommandCompleter(IReadOnlyList<CommandSpec> commands, Func<IEnumerable<string>> scriptNames, IReadOnlyList<string> replWords)
{
    private const string Help = "help";

    public CompletionOffer Complete(string line, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, line.Length);
        var split = LineWords.Split(line, cursor);
        if (split.CursorInQuotes) return CompletionOffer.None;

        var current = split.Words.FirstOrDefault(w => w.Start <= cursor && cursor <= w.End && w.Start < cursor);
        // Only the part before the cursor is the prefix; text after it in the same word is replaced too.
        var start = current?.Start ?? cursor;
        var length = current?.Text.Length ?? 0;
        var prefix = current is null ? "" : current.Text[..(cursor - current.Start)];
        var position = split.Words.Count(w => w != current && w.End <= cursor);

        if (position == 0)
            return Offer(start, length, prefix, CommandNames().Concat(replWords), appendSpace: true);

        var verb = split.Words[0].Text;
        if (verb.Equals(Help, StringComparison.OrdinalIgnoreCase))
            return position == 1 ? Offer(start, length, prefix, CommandNames().Where(n => n != Help), appendSpace: true) : CompletionOffer.None;

        if (prefix.Contains('=')) return CompletionOffer.None;
        var spec = commands.FirstOrDefault(c => c.Verb.Equals(verb, StringComparison.OrdinalIgnoreCase));
        if (spec is null) return CompletionOffer.None;
        var used = split.Words.Where(w => w != current).Select(w => KeyOf(w.Text)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keys = spec.Arguments.Select(a => a.Key).Where(k => !used.Contains(k)).Select(k => k + "=");
        return Offer(start, length, prefix, keys, appendSpace: false);
    }

    private IEnumerable<string> CommandNames() =>
        commands.Select(c => c.Verb).Append(Help).Concat(scriptNames());

    private static string? KeyOf(string word)
    {
        var equals = word.IndexOf('=');
        return equals > 0 ? word[..equals] : null;
    }

    private static CompletionOffer Offer(int start, int length, string prefix, IEnumerable<string> names, bool appendSpace)
    {
        var candidates = names
            .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal)
            .ToList();
        return candidates.Count == 0 ? CompletionOffer.None : new CompletionOffer(start, length, candidates, appendSpace);
    }
}
