using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/docker_image_delete image=org/name:tag [force=true]</c>: one tag, never a whole repository.</summary>
internal static class DeleteImageBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        ImageReference? image = null;
        var force = false;
        foreach (var argument in arguments.InOrder)
        {
            if (problem is not null) break;
            problem = argument.Key == "image"
                ? ValueReader.TaggedImage(argument, spec.Arguments[0].Example, out image)
                : ValueReader.Boolean(argument, out force);
        }
        return problem is null ? Bound.Ok(new DeleteImageCommand(image!, force)) : Bound.Fail(problem, spec.Usage);
    }
}
