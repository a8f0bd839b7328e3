using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;

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
        var unnamed = Unnamed(line.Items);
        var named = unnamed is null ? line.Items : line.Items.Skip(1).ToList();
        if (unnamed is not null && named.FirstOrDefault() is RawToken second && second.Column > line.Items[0].End)
            return Bound.Fail(
                $"found {second.Displayed} after the value {Shown.Quote(unnamed.Value)}; only one value may go without a key: " +
                "quote a value with spaces (\"two words\") and write the other arguments as key=value", second.Column, usage);
        var problem = ArgumentSet.TryCollect(named, null, lineEnd, out var arguments);
        return problem is null
            ? Bound.Ok(new RunScriptCommand(name, arguments.InOrder.Select(a => new ScriptArgument(a.Key, a.Value!.Text, a.Column)).ToList(), unnamed))
            : Bound.Fail(problem, usage);
    }

    /// <summary>XSOAR's default argument: a first word or quoted text that is not key=value.</summary>
    static UnnamedValue? Unnamed(IReadOnlyList<RawItem> items) =>
        items.FirstOrDefault() switch
        {
            RawToken { Kind: CommandToken.Word } word when items.Count < 2 || items[1] is not RawToken { Kind: CommandToken.EqualsSign } =>
                new UnnamedValue(word.Text, word.Column),
            RawToken { Kind: CommandToken.DoubleQuoted or CommandToken.SingleQuoted } quoted => new UnnamedValue(QuotedText.Unescape(quoted.Text), quoted.Column),
            _ => null,
        };
}
