namespace ChatOps.Parsers.Rules;

/// <summary>Splits a comma-separated value into items with their offsets; commas inside [extras] do not split.</summary>
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

            items.Add((text[start..i], start));
            start = i + 1;
        }

        return items;
    }
}
