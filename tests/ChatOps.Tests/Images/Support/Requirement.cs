using System.Text.RegularExpressions;
using ChatOps.Parsers.Commands;

namespace ChatOps.Tests.Images.Support;

/// <summary>"name&gt;=1.0" to the record the parser would make (tests construct commands directly).</summary>
public static class Requirement
{
    public static PythonRequirement Parse(string text)
    {
        var match = Regex.Match(text, "^([A-Za-z0-9._-]+)(.*)$");
        return new PythonRequirement(match.Groups[1].Value, [], match.Groups[2].Value);
    }
}
