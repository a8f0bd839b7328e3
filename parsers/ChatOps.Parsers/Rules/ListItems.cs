namespace ChatOps.Parsers.Rules;

/// <summary>
/// Splits a comma-separated value into items with their offsets, without the spaces around them (so a quoted
/// "mechanize, requests" reads as two items); commas inside [extras] do not split.
/// </summary>
internal static class ListItems
{
    public static IReadOnlyList<(string Text, int Offset)> Split(string text)
    {
        var items = new List<(string, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                if (text[i] == '[') depth++;
                else if (text[i] == ']' && depth > 0) depth--;
                if (text[i] != ',' || depth > 0) continue;
            }

            // Spaces around an item are what a quoted "a, b" has; spaces inside one stay and are refused by its rule.
            var first = start;
            var end = i;
            while (first < end && text[first] == ' ') first++;
            while (end > first && text[end - 1] == ' ') end--;
            items.Add(first == end ? ("", start) : (text[first..end], first));
            start = i + 1;
        }

        return items;
    }
}
