using System.Diagnostics.CodeAnalysis;
using ChatOps.Parsers.Commands;

namespace ChatOps.Parsers;

/// <summary>The one grammar every adapter uses: chat text in, a typed command or a ParseError out.</summary>
public static class CommandParser
{
    /// <summary>Normalises chat-client text (Slack escapes, smart quotes), tokenises and parses it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ChatCommand? command, [NotNullWhen(false)] out ParseError? error)
    {
        // Placeholder until the Superpower grammar lands (issue 2).
        throw new NotImplementedException();
    }
}
