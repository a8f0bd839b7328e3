namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// Column widths for a table that must fit a width: columns that fit keep their width, the widest give way first
/// (down to <see cref="Narrowest"/>), and cells are cut with "…" rather than wrapped, so a line never breaks inside
/// a name (`demisto/b│arsauto`).
/// </summary>
internal static class ColumnFit
{
    public const int Narrowest = 4;

    /// <param name="natural">Each column's widest cell or heading.</param>
    /// <param name="room">Characters the cells may take in all, separators and borders already subtracted.</param>
    public static int[] Widths(IReadOnlyList<int> natural, int room)
    {
        var widths = natural.ToArray();
        if (widths.Sum() <= room) return widths;
        // Lower a common cap until the columns fit; only columns wider than the cap are cut.
        var cap = widths.Max();
        while (cap > Narrowest && widths.Sum(w => Math.Min(w, cap)) > room) cap--;
        for (var i = 0; i < widths.Length; i++) widths[i] = Math.Min(widths[i], cap);
        // What the cap left over goes back to the cut columns, left to right.
        var spare = room - widths.Sum();
        for (var i = 0; i < widths.Length && spare > 0; i++)
        {
            var more = Math.Min(spare, natural[i] - widths[i]);
            widths[i] += more;
            spare -= more;
        }
        return widths;
    }

    /// <summary>The text in at most width characters: whole when it fits, else its start and "…".</summary>
    public static string Cut(string text, int width) =>
        text.Length <= width ? text : width <= 1 ? "…" : text[..(width - 1)] + "…";
}
