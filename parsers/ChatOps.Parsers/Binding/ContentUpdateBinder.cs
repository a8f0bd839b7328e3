using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/content_update_images</c> takes no arguments; anything after it is refused rather than ignored.</summary>
internal static class ContentUpdateBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out _);
        return problem is null ? Bound.Ok(new ContentUpdateCommand()) : Bound.Fail(problem, spec.Usage);
    }
}
