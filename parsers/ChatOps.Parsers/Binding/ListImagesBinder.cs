using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;
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
                problem = ValueReader.Filter(argument, "a part of an image name, e.g. name=python3", c => IsAsciiLower(c) || IsAsciiDigit(c) || c is '.' or '_' or '-' or '/' or ':', "image names are lower case");
            }
            else
            {
                package = text;
                problem = ValueReader.Filter(argument, "a package name, e.g. package=requests", c => IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+');
            }
        }

        return problem is null ? Bound.Ok(new ListImagesCommand(name, package)) : Bound.Fail(problem, spec.Usage);
    }
}
