using System.Text.RegularExpressions;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Rules;

/// <summary>A Debian or Alpine package: name <c>[a-z0-9][a-z0-9+.-]*</c> with an optional <c>=version</c>.</summary>
internal static class OsPackageRule
{
    const string Rule = "write a package name with an optional =version, e.g. wget or wget=1.21.3-1";

    static readonly Regex NameShape = new(@"\A[a-z0-9][a-z0-9+.-]*\z", RegexOptions.CultureInvariant);
    static readonly Regex VersionShape = new(@"\A[A-Za-z0-9.+~:-]+\z", RegexOptions.CultureInvariant);

    public static bool TryParse(string text, out OsPackage? package, out Violation? violation)
    {
        package = null;
        violation = null;
        var equals = text.IndexOf('=');
        var name = equals < 0 ? text : text[..equals];
        var version = equals < 0 ? null : text[(equals + 1)..];
        var problem = CheckName(name) ?? CheckVersion(version, equals + 1);
        if (problem is null)
        {
            package = new OsPackage(name, version);
            return true;
        }

        violation = new Violation($"package {Shown.Quote(text)} is not a valid OS package: {problem.Value.What}; {Rule}", problem.Value.Offset);
        return false;
    }

    static (string What, int Offset)? CheckName(string name)
    {
        if (NameShape.IsMatch(name)) return null;
        if (name.Length == 0) return ("the name is missing", 0);
        if (name[0] == '-') return ("options are not allowed", 0);
        var bad = FirstNotAllowed(name, c => IsAsciiLower(c) || IsAsciiDigit(c) || c is '+' or '.' or '-');
        if (bad < 0) return ($"{Shown.Character(name[0])} cannot start a package name", 0);
        return IsAsciiUpper(name[bad]) ? ("OS package names are lower case", bad) : (NotAllowed(name[bad]), bad);
    }

    static (string What, int Offset)? CheckVersion(string? version, int start)
    {
        if (version is null || VersionShape.IsMatch(version)) return null;
        if (version.Length == 0) return ("a version is needed after \"=\"", start - 1);
        var bad = FirstNotAllowed(version, c => IsAsciiLetterOrDigit(c) || c is '.' or '+' or '~' or ':' or '-');
        return ($"{NotAllowed(version[bad])} in a version", start + bad);
    }
}
