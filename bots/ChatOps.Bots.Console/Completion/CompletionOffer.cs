namespace ChatOps.Bots.Console.Completion;

/// <summary>
/// What Tab may put in place of line[Start..Start+Length] (the word being typed): each candidate is a whole
/// replacement for that word. AppendSpace: a finished word is followed by a blank (a command name), an argument
/// key is not (its value comes right after the '=').
/// </summary>
internal sealed record CompletionOffer(int Start, int Length, IReadOnlyList<string> Candidates, bool AppendSpace)
{
    public static readonly CompletionOffer None = new(0, 0, [], false);

    /// <summary>The longest text every candidate starts with (ignoring case), in the first candidate's spelling.</summary>
    public string CommonPrefix()
    {
        if (Candidates.Count == 0) return "";
        var prefix = Candidates[0];
        foreach (var candidate in Candidates.Skip(1))
        {
            var length = 0;
            while (length < prefix.Length && length < candidate.Length && char.ToLowerInvariant(prefix[length]) == char.ToLowerInvariant(candidate[length])) length++;
            prefix = prefix[..length];
        }
        return prefix;
    }
}
