using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/docker_image_diff from=org/name:tag to=org/name:tag</c>: two tagged images.</summary>
internal static class ImageDiffBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        ImageReference? from = null, to = null;
        foreach (var argument in arguments.InOrder)
        {
            if (problem is not null) break;
            problem = argument.Key == "from"
                ? ValueReader.TaggedImage(argument, spec.Arguments[0].Example, out from)
                : ValueReader.TaggedImage(argument, spec.Arguments[1].Example, out to);
        }
        return problem is null ? Bound.Ok(new ImageDiffCommand(from!, to!)) : Bound.Fail(problem, spec.Usage);
    }
}
