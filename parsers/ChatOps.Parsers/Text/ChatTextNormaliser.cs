using System.Text;
using System.Text.RegularExpressions;

namespace ChatOps.Parsers.Text;

/// <summary>
/// Turns text as chat clients deliver it back into what the user typed, before tokenising: Slack's
/// <c>&amp;amp; &amp;lt; &amp;gt;</c> escapes, Slack's <c>&lt;@U123|bob&gt;</c>, <c>&lt;#C1|general&gt;</c> and
/// <c>&lt;http://x|label&gt;</c> markup, and the smart quotes a client substitutes for straight ones.
/// Every step keeps one character per character except the markup and escapes, so columns refer to the result.
/// </summary>
public static class ChatTextNormaliser
{
    // Only Slack's own markup shapes are rewritten, so a console user's "requests<3,urllib3>1" is left alone.
    static readonly Regex SlackMarkup = new(
        @"<(?:(?<user>@[UW][A-Z0-9]+)|(?<channel>#C[A-Z0-9]+)|(?<special>![a-z]+(?:\^[^<>|]*)?)|(?<link>[A-Za-z][A-Za-z0-9+.-]*:[^<>|\s]+))(?:\|(?<label>[^<>]*))?>",
        RegexOptions.CultureInvariant);

    static readonly Regex Entity = new("&(?:amp|lt|gt);", RegexOptions.CultureInvariant);

    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unmarked = SlackMarkup.Replace(text, Unmark);
        // One pass, so "&amp;lt;" becomes "&lt;" as the user typed it, not "<".
        var unescaped = Entity.Replace(unmarked, m => m.Value switch { "&amp;" => "&", "&lt;" => "<", _ => ">" });
        return ReplaceLookAlikeCharacters(unescaped);
    }

    static string Unmark(Match markup)
    {
        var label = markup.Groups["label"];
        if (markup.Groups["user"].Success)
            return label.Success ? "@" + label.Value : markup.Groups["user"].Value;
        if (markup.Groups["channel"].Success)
            return label.Success ? "#" + label.Value : markup.Groups["channel"].Value;
        if (markup.Groups["special"].Success)
            return label.Success ? label.Value : "@" + markup.Groups["special"].Value[1..].Split('^')[0];
        // A link: Slack turned something the user typed into it; the label is what they typed.
        return label.Success ? label.Value : markup.Groups["link"].Value;
    }

    static string ReplaceLookAlikeCharacters(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\u201C' or '\u201D' => '"',
                '\u2018' or '\u2019' => '\'',
                // Tabs and no-break spaces separate words like spaces do.
                '\t' or '\u00A0' => ' ',
                _ => c,
            });
        }

        return result.ToString();
    }
}
