using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/docker_image_info image=org/name:tag</c>: one tagged image.</summary>
internal static class ImageInfoBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        ImageReference? image = null;
        if (problem is null) problem = ValueReader.TaggedImage(arguments.InOrder.Single(), spec.Arguments[0].Example, out image);
        return problem is null ? Bound.Ok(new ImageInfoCommand(image!)) : Bound.Fail(problem, spec.Usage);
    }
}
