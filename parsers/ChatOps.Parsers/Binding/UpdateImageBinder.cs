using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/docker_image_update image=org/name</c> or <c>/docker_image_update all=true</c>: exactly one of the two.</summary>
internal static class UpdateImageBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        ImageReference? image = null;
        var all = false;
        foreach (var argument in arguments.InOrder)
        {
            if (problem is not null) break;
            problem = argument.Key switch
            {
                "image" => ValueReader.Image(argument, "image", spec.Arguments[0].Example, out image),
                "all" => ValueReader.Boolean(argument, out all),
                _ => null,
            };
        }

        if (problem is null && image is not null && all)
            problem = new Problem($"{spec.Verb} takes image= or all=true, not both", arguments.InOrder[^1].Column);
        if (problem is null && image is null && !all)
            problem = new Problem($"{spec.Verb} needs image=<org/name> or all=true", lineEnd);

        return problem is null ? Bound.Ok(new UpdateImageCommand(image, all)) : Bound.Fail(problem, spec.Usage);
    }
}
