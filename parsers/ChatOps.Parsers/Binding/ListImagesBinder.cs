using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;
using static ChatOps.Parsers.Rules.CharacterRule;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/docker_images [name=part] [package=requests]</c>: filters are plain names, never patterns.</summary>
internal static class ListImagesBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        string? name = null;
        string? package = null;
        foreach (var argument in arguments.InOrder)
        {
            if (problem is not null) break;
            var text = argument.Value!.Text;
            if (argument.Key == "name")
            {
                name = text;
                problem = Filter(argument, "a part of an image name", c => IsAsciiLower(c) || IsAsciiDigit(c) || c is '.' or '_' or '-' or '/' or ':');
            }
            else
            {
                package = text;
                problem = Filter(argument, "a package name", c => IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+');
            }
        }

        return problem is null ? Bound.Ok(new ListImagesCommand(name, package)) : Bound.Fail(problem, spec.Usage);
    }

    static Problem? Filter(RawArgument argument, string what, Func<char, bool> allowed)
    {
        var value = argument.Value!;
        var bad = FirstNotAllowed(value.Text, allowed);
        if (bad < 0) return null;
        var reason = IsAsciiUpper(value.Text[bad]) ? "image names are lower case" : NotAllowed(value.Text[bad]);
        return new Problem(
            $"{argument.Key} filter {Shown.Quote(value.Text)} is not valid: {reason}; use {what}, e.g. {argument.Key}={(argument.Key == "name" ? "python3" : "requests")}",
            value.ColumnOf(bad));
    }
}
