using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary><c>!ScriptName key=value ...</c>: the name and keys are shape-checked here; which keys a script takes is its YAML's business.</summary>
internal static class ScriptBinder
{
    public static Bound Bind(RawLine line, int lineEnd)
    {
        var name = line.Head.Text[1..];
        var violation = ScriptNameRule.CheckName(name);
        if (violation is not null)
            return Bound.Fail(violation.Message, line.Head.Column + 1 + violation.Offset, "!ScriptName key=value ...");

        var usage = $"!{name} key=value ...";
        var problem = ArgumentSet.TryCollect(line.Items, null, lineEnd, out var arguments);
        return problem is null
            ? Bound.Ok(new RunScriptCommand(name, arguments.InOrder.Select(a => new ScriptArgument(a.Key, a.Value!.Text, a.Column)).ToList()))
            : Bound.Fail(problem, usage);
    }
}
