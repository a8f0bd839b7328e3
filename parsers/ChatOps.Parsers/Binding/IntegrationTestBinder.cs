using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary>
/// <c>/integration_test instance=name</c>: the one required key. Only the name's shape is checked here; whether
/// such an instance is configured is the war room's to say.
/// </summary>
internal static class IntegrationTestBinder
{
    public static Bound Bind(RawLine line, CommandSpec spec, int lineEnd)
    {
        var problem = ArgumentSet.TryCollect(line.Items, spec, lineEnd, out var arguments);
        var instance = "";
        if (problem is null) problem = ValueReader.InstanceName(arguments.InOrder.Single().Value!, out instance);
        return problem is null ? Bound.Ok(new IntegrationTestCommand(instance)) : Bound.Fail(problem, spec.Usage);
    }
}
