using System.Text.RegularExpressions;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Rules;

/// <summary>
/// One Python requirement: a distribution name, optional [extras] and optional version specifiers, and nothing
/// pip could read as anything else (no URLs, options, paths, direct references, markers or whitespace).
/// </summary>
internal static class PythonRequirementRule
{
    const string Rule = "write a library name with an optional version, e.g. requests or requests>=2.31,<3";

    const string Name = "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?";
    const string Clause = "(?:===|==|!=|<=|>=|~=|<|>)[A-Za-z0-9.*+!_-]+";

    static readonly Regex Shape = new(
        $@"\A(?<name>{Name})(?:\[(?<extras>{Name}(?:,{Name})*)\])?(?<spec>{Clause}(?:,{Clause})*)?\z",
        RegexOptions.CultureInvariant);

    /// <summary>Characters that can start a specifier clause; a list item starting with one continues the previous requirement.</summary>
    public static bool StartsSpecifier(string item) => item.Length > 0 && item[0] is '<' or '>' or '=' or '!' or '~';

    public static bool TryParse(string text, out PythonRequirement? requirement, out Violation? violation)
    {
        requirement = null;
        violation = null;
        var match = Shape.Match(text);
        if (match.Success)
        {
            var extras = match.Groups["extras"].Success ? match.Groups["extras"].Value.Split(',') : [];
            requirement = new PythonRequirement(match.Groups["name"].Value, extras, match.Groups["spec"].Value);
            return true;
        }

        var (what, offset) = Diagnose(text);
        violation = new Violation($"dependency {Shown.Quote(text)} is not a valid Python requirement: {what}; {Rule}", offset);
        return false;
    }

    static (string What, int Offset) Diagnose(string text)
    {
        if (text.StartsWith('-')) return ("pip options are not allowed", 0);
        var url = text.IndexOf("://", StringComparison.Ordinal);
        if (url >= 0) return ("URLs are not allowed", 0);
        if (StartsSpecifier(text)) return ("a version needs a library name before it", 0);

        var bad = FirstNotAllowed(text, c => IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '[' or ']' or ',' or '=' or '<' or '>' or '!' or '~' or '*' or '+');
        if (bad < 0) return ("it does not have the form name[extras]<op>version", 0);
        return text[bad] switch
        {
            '@' => ("direct references with \"@\" are not allowed", bad),
            ';' => ("environment markers after \";\" are not allowed", bad),
            '/' or '\\' => ("paths are not allowed", bad),
            _ => (NotAllowed(text[bad]), bad),
        };
    }
}
