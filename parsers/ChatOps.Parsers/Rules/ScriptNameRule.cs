using System.Text.RegularExpressions;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Rules;

/// <summary>Names of content scripts (<c>!Print</c>) and the keys of their arguments.</summary>
internal static class ScriptNameRule
{
    static readonly Regex NameShape = new(@"\A[A-Za-z][A-Za-z0-9_-]*\z", RegexOptions.CultureInvariant);
    static readonly Regex KeyShape = new(@"\A[A-Za-z_][A-Za-z0-9_.-]*\z", RegexOptions.CultureInvariant);

    public static Violation? CheckName(string name)
    {
        if (name.Length == 0) return new Violation("expected a script name after \"!\", e.g. !Print", 0);
        if (NameShape.IsMatch(name)) return null;
        var bad = FirstNotAllowed(name, c => IsAsciiLetterOrDigit(c) || c is '_' or '-');
        var what = bad >= 0 ? NotAllowed(name[bad]) : $"{Shown.Character(name[0])} cannot start it";
        return new Violation(
            $"script name {Shown.Quote(name)} is not valid: {what}; a script name is a letter followed by letters, digits, '_' and '-'",
            Math.Max(bad, 0));
    }

    public static Violation? CheckKey(string key)
    {
        if (KeyShape.IsMatch(key)) return null;
        var bad = FirstNotAllowed(key, c => IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
        var what = bad >= 0 ? NotAllowed(key[bad]) : $"{Shown.Character(key[0])} cannot start it";
        return new Violation(
            $"key {Shown.Quote(key)} is not valid: {what}; a key is a letter or '_' followed by letters, digits, '_', '.' and '-'",
            Math.Max(bad, 0));
    }
}
