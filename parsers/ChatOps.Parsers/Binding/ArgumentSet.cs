using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Binding;

/// <summary>
/// The key=value arguments of one command after the checks every command shares: nothing that is not key=value,
/// no key twice, no key without a value, and, for catalog commands, only known keys and every required one.
/// The first problem from the left wins, so the caret points at the first thing to fix.
/// </summary>
internal sealed class ArgumentSet
{
    public IReadOnlyList<RawArgument> InOrder { get; }

    ArgumentSet(IReadOnlyList<RawArgument> inOrder) => InOrder = inOrder;

    /// <param name="spec">The catalog entry, or null for a script, whose keys are only known to its YAML.</param>
    /// <param name="lineEnd">The column just after the line, where a missing argument would go.</param>
    public static Problem? TryCollect(IReadOnlyList<RawItem> items, CommandSpec? spec, int lineEnd, out ArgumentSet set)
    {
        var arguments = new List<RawArgument>();
        set = new ArgumentSet(arguments);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not RawArgument argument) return Stray(items, i, (RawToken)items[i], spec);
            var problem = Check(argument, arguments, spec);
            if (problem is not null) return problem;
            arguments.Add(argument);
        }

        var missing = spec?.Arguments.FirstOrDefault(a => a.Required && arguments.All(given => given.Key != a.Key));
        return missing is null
            ? null
            : new Problem($"missing required argument {missing.Key}=, e.g. {spec!.Verb} {missing.Key}={missing.Example}", lineEnd);
    }

    static Problem? Check(RawArgument argument, List<RawArgument> earlier, CommandSpec? spec)
    {
        if (spec is not null && spec.Arguments.All(a => a.Key != argument.Key))
            return new Problem($"unknown key {Shown.Quote(argument.Key)} for {spec.Verb}; {ValidKeys(spec)}", argument.Column);
        if (spec is null && ScriptNameRule.CheckKey(argument.Key) is { } badKey)
            return new Problem(badKey.Message, argument.Column + badKey.Offset);

        var first = earlier.FirstOrDefault(e => e.Key == argument.Key);
        if (first is not null)
            return new Problem(
                $"key {Shown.Quote(argument.Key)} is given twice (first at column {first.Column}); give each key once"
                + (spec is null ? "" : $"; {ValidKeys(spec)}"),
                argument.Column);

        if (argument.Value is null || (spec is not null && argument.Value.Text.Length == 0))
        {
            var example = spec?.Arguments.First(a => a.Key == argument.Key).Example;
            return new Problem(
                example is null
                    ? $"{argument.Key}= needs a value; write {argument.Key}=\"\" for an empty one"
                    : $"{argument.Key}= needs a value, e.g. {argument.Key}={example}",
                argument.End);
        }

        return null;
    }

    static Problem Stray(IReadOnlyList<RawItem> items, int index, RawToken stray, CommandSpec? spec)
    {
        var next = index + 1 < items.Count ? items[index + 1] : null;
        var previous = index > 0 ? items[index - 1] : null;
        if (stray.Kind == CommandToken.EqualsSign)
            return new Problem("found \"=\" without a key before it; write key=value without spaces", stray.Column);
        if (next is RawToken { Kind: CommandToken.EqualsSign })
            return new Problem($"found {stray.Displayed} followed by a space before \"=\"; write key=value without spaces", stray.Column);
        if (previous is not null && previous.End == stray.Column)
            return new Problem($"found {stray.Displayed} right after the previous argument; separate arguments with a space", stray.Column);
        if (previous is RawArgument { Value: { Quoted: false } value } argument && value.Text.EndsWith(','))
            return new Problem(
                $"found {stray.Displayed} after a space in the list {argument.Key}=; separate list items with commas only, or quote the list",
                stray.Column);

        return new Problem(
            $"expected key=value, found {stray.Displayed}" + (spec is null ? "" : $"; {ValidKeys(spec)}"),
            stray.Column);
    }

    static string ValidKeys(CommandSpec spec) =>
        spec.Arguments.Count == 0
            ? $"{spec.Verb} takes no arguments"
            : "valid keys: " + string.Join(", ", spec.Arguments.Select(a => a.Key));
}
