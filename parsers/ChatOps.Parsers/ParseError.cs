namespace ChatOps.Parsers;

/// <summary>
/// Why a line is not a command, for people: what was found, what was expected, where (1-based column in
/// Input, the normalised line) and the usage line of the command when one was recognised.
/// </summary>
public sealed record ParseError(string Message, int Column, string? Usage, string Input)
{
    public override string ToString() =>
        Usage is null ? $"{Message} (column {Column})" : $"{Message} (column {Column})\nusage: {Usage}";
}
