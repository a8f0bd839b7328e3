using System.Text.RegularExpressions;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Rules;

/// <summary>The name of a new image: <c>[a-z0-9][a-z0-9._-]*</c>, at most 128 characters.</summary>
internal static class ImageNameRule
{
    public const int MaxLength = 128;

    const string Rule = "an image name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit";

    static readonly Regex Shape = new(@"\A[a-z0-9][a-z0-9._-]*\z", RegexOptions.CultureInvariant);

    // Docker's own rule for a path component: separators only between letters or digits ("a..b", "x-" are refused
    // by the engine at tag time, so they are refused here, before anything is built).
    static readonly Regex DockerComponent = new(@"\A[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*\z", RegexOptions.CultureInvariant);

    public static Violation? Check(string name)
    {
        var start = $"image name {Shown.Quote(name)} is not valid: ";
        if (name.Length > MaxLength)
            return new Violation($"{start}it is {name.Length} characters long; the limit is {MaxLength}", MaxLength);
        if (Shape.IsMatch(name))
        {
            return DockerComponent.IsMatch(name)
                ? null
                : new Violation($"{start}'.', '_' and '-' go between letters or digits (one '.', one or two '_', any number of '-'), e.g. my_image.v2", SeparatorProblemAt(name));
        }

        var bad = FirstNotAllowed(name, c => IsAsciiLower(c) || IsAsciiDigit(c) || c is '.' or '_' or '-');
        if (bad >= 0 && IsAsciiUpper(name[bad]))
        {
            var lower = name.ToLowerInvariant();
            return DockerComponent.IsMatch(lower)
                ? new Violation($"{start}image names are lower case; did you mean name={lower}?", bad)
                : new Violation($"{start}image names are lower case; {Rule}", bad);
        }

        return bad >= 0
            ? new Violation($"{start}{NotAllowed(name[bad])}; {Rule}", bad)
            : new Violation($"{start}{Shown.Character(name[0])} cannot start it; {Rule}", 0);
    }

    static int SeparatorProblemAt(string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            var pair = name.Substring(i - 1, 2);
            if (pair is ".." or "._" or "_." or ".-" or "-." or "_-" or "-_") return i;
            if (i >= 2 && name.Substring(i - 2, 3) == "___") return i;
        }

        return name.Length - 1;
    }
}
