using System.Globalization;
using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Binding;

/// <summary>
/// <c>/audit [user=..] [command=..] [outcome=..] [limit=N]</c>. Filters are compared as plain text by the war room,
/// never used as patterns, so each is held to the characters its kind of value can contain.
/// </summary>
internal static class ShowAuditBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        string? user = null, command = null, outcome = null;
        var limit = ShowAuditCommand.DefaultLimit;
        foreach (var argument in arguments.InOrder)
        {
            if (problem is not null) break;
            var text = argument.Value!.Text;
            switch (argument.Key)
            {
                case "user":
                    user = text;
                    problem = ValueReader.Filter(argument, "a user id or principal, e.g. user=slack:U0123", c => IsAsciiLetterOrDigit(c) || c is ':' or '*' or '.' or '_' or '-' or '@');
                    break;
                case "command":
                    command = text;
                    problem = ValueReader.Filter(argument, "a command as typed, e.g. command=/docker_image_create or command=!Print", c => IsAsciiLetterOrDigit(c) || c is '/' or '!' or '_' or '-' or '.');
                    break;
                case "outcome":
                    outcome = text;
                    problem = ValueReader.Filter(argument, "a word such as ok, refused, failed, error, cancelled, interrupted or open", IsAsciiLower, "outcomes are lower case");
                    break;
                default:
                    problem = Limit(argument, out limit);
                    break;
            }
        }
        return problem is null ? Bound.Ok(new ShowAuditCommand(user, command, outcome, limit)) : Bound.Fail(problem, spec.Usage);
    }

    static Problem? Limit(RawArgument argument, out int limit)
    {
        var value = argument.Value!;
        if (int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= ShowAuditCommand.MaxLimit) return null;
        return new Problem($"limit {Shown.Quote(value.Text)} is not valid: use a whole number from 1 to {ShowAuditCommand.MaxLimit}, e.g. limit=50", value.Column);
    }
}
