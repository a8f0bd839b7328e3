using System.Text.RegularExpressions;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Rules;

/// <summary>
/// The name of an integration instance (<c>instance=</c>, <c>using=</c>, Integrations:Instances:N:Name):
/// <c>[A-Za-z0-9][A-Za-z0-9_-]*</c>, at most 64 characters. No spaces, so it is typed bare in chat; nothing that
/// Docker refuses in a container or network name, which the executor derives from it; and it folds into an
/// environment variable name (CHATOPS_SECRET__NAME__PARAM) without ambiguity beyond '-' against '_'.
/// </summary>
/// <remarks>Public because the configuration side checks instance names with the same rule and the same words.</remarks>
public static class InstanceNameRule
{
    public const int MaxLength = 64;

    public const string Rule = "an instance name is letters, digits, '_' and '-', starting with a letter or digit";

    static readonly Regex Shape = new(@"\A[A-Za-z0-9][A-Za-z0-9_-]*\z", RegexOptions.CultureInvariant);

    public static bool IsValid(string name) => name.Length <= MaxLength && Shape.IsMatch(name);

    /// <summary>Why the name is refused, in the words the parser uses; null when it is a good name.</summary>
    public static string? Explain(string name) => Check(name)?.Message;

    internal static Violation? Check(string name)
    {
        if (IsValid(name)) return null;
        var start = $"instance name {Shown.Quote(name)} is not valid: ";
        if (name.Length > MaxLength)
            return new Violation($"{start}it is {name.Length} characters long; the limit is {MaxLength}", MaxLength);
        var bad = FirstNotAllowed(name, c => IsAsciiLetterOrDigit(c) || c is '_' or '-');
        return bad >= 0
            ? new Violation($"{start}{NotAllowed(name[bad])}; {Rule}", bad)
            : new Violation($"{start}{Shown.Character(name[0])} cannot start it; {Rule}", 0);
    }
}
