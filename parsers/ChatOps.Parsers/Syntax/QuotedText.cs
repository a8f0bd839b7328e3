using System.Text;

namespace ChatOps.Parsers.Syntax;

/// <summary>Removes the quotes and backslash escapes of a quoted token (the tokenizer has already checked it is closed).</summary>
internal static class QuotedText
{
    public static string Unescape(string quoted)
    {
        var inner = quoted.Length >= 2 ? quoted[1..^1] : "";
        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 == inner.Length)
            {
                text.Append(inner[i]);
                continue;
            }

            var next = inner[++i];
            switch (next)
            {
                case '"' or '\'' or '\\': text.Append(next); break;
                case 'n': text.Append('\n'); break;
                // Unknown escapes stay as written, so regular expressions in script values survive.
                default: text.Append('\\').Append(next); break;
            }
        }

        return text.ToString();
    }
}
