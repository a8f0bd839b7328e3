using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>/docker_image_approve id=12</c> and <c>/docker_image_deny id=12</c>: one required id, digits only.</summary>
internal static class ApprovalBinder
{
    public static Func<RawLine, CommandSpec, int, Bound> Binding(Func<long, ChatCommand> command) => (line, spec, lineEnd) =>
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        if (problem is not null) return Bound.Fail(problem, spec.Usage);
        var value = arguments.InOrder.Single().Value!;
        if (ApprovalIdRule.Check(value.Text) is { } violation)
            return Bound.Fail(new Problem(violation.Message, value.ColumnOf(violation.Offset)), spec.Usage);
        ApprovalIdRule.TryRead(value.Text, out var id);
        return Bound.Ok(command(id));
    };
}
