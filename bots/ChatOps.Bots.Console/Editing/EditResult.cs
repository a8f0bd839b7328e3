namespace ChatOps.Bots.Console.Editing;

/// <summary>The outcome of one key, with the finished (or, for Ctrl-C, abandoned) line or the completions to list when there are any.</summary>
internal sealed record EditResult(EditOutcome Outcome, string? Line = null, IReadOnlyList<string>? Candidates = null)
{
    public static readonly EditResult Redraw = new(EditOutcome.Redraw);
    public static readonly EditResult Bell = new(EditOutcome.Bell);
}
