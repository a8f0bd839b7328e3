using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary>Commands that take no arguments (<c>/content_update_images</c>, <c>/docker_image_prune</c>): anything after them is refused rather than ignored.</summary>
internal static class NoArgumentsBinder
{
    public static Func<RawLine, CommandSpec, int, Bound> Binding(ChatCommand command) => (line, spec, lineEnd) =>
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out _);
        return problem is null ? Bound.Ok(command) : Bound.Fail(problem, spec.Usage);
    };
}
