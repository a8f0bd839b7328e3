using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Rules;

/// <summary>Finds the first character a shape rule does not allow, so errors can name it and point at it.</summary>
internal static class CharacterRule
{
    public static int FirstNotAllowed(string text, Func<char, bool> allowed)
    {
        for (var i = 0; i < text.Length; i++)
            if (!allowed(text[i])) return i;
        return -1;
    }

    public static bool IsAsciiLower(char c) => c is >= 'a' and <= 'z';

    public static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLower(c) || IsAsciiUpper(c) || IsAsciiDigit(c);

    public static string NotAllowed(char c) => $"{Shown.Character(c)} is not allowed";
}
