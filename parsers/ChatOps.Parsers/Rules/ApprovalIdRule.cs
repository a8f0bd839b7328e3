using System.Globalization;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Rules;

/// <summary>
/// The id of an approval request (<c>id=12</c>, a button's value): a positive decimal number of at most 18 digits,
/// so it fits a SQLite integer and nothing but digits ever reaches a query or a command line built from a button.
/// </summary>
/// <remarks>Public because the chat adapters check button values with the same rule before they build a line.</remarks>
public static class ApprovalIdRule
{
    public const int MaxDigits = 18;

    public const string Rule = "an approval id is the number the approval request shows, e.g. 12";

    /// <summary>The id the text stands for; false for anything but 1 to 18 ASCII digits that are not all zero.</summary>
    public static bool TryRead(string text, out long id)
    {
        id = 0;
        return text.Length is > 0 and <= MaxDigits && text.All(CharacterRule.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    internal static Violation? Check(string text)
    {
        if (TryRead(text, out _)) return null;
        var start = $"approval id {Shown.Quote(text)} is not valid: ";
        if (text.Length > MaxDigits) return new Violation($"{start}it has more than {MaxDigits} digits; {Rule}", MaxDigits);
        var bad = CharacterRule.FirstNotAllowed(text, CharacterRule.IsAsciiDigit);
        return bad >= 0
            ? new Violation($"{start}{CharacterRule.NotAllowed(text[bad])}; {Rule}", bad)
            : new Violation($"{start}0 is no request's id; {Rule}", 0);
    }
}
