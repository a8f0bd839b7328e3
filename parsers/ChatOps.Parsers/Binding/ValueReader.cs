using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;

namespace ChatOps.Parsers.Binding;

/// <summary>Reads one argument's value with its shape rule and turns a rule violation into a problem at the right column.</summary>
internal static class ValueReader
{
    public static Problem? ImageName(RawValue value, out string name)
    {
        name = value.Text;
        return At(value, 0, ImageNameRule.Check(value.Text));
    }

    public static Problem? Image(RawArgument argument, string what, string example, out ImageReference? image)
    {
        ImageReferenceRule.TryParse(argument.Value!.Text, what, argument.Key, example, out image, out var violation);
        return At(argument.Value, 0, violation);
    }

    public static Problem? Boolean(RawArgument argument, out bool flag)
    {
        BooleanRule.TryParse(argument.Key, argument.Value!.Text, out flag, out var violation);
        return At(argument.Value, 0, violation);
    }

    /// <summary>A list of Python requirements; an item that starts with an operator continues the previous one's specifier (requests>=2,&lt;3).</summary>
    public static Problem? Requirements(RawArgument argument, string example, out IReadOnlyList<PythonRequirement> requirements)
    {
        var value = argument.Value!;
        var found = new List<PythonRequirement>();
        requirements = found;
        var problem = Items(argument, example, out var items);
        if (problem is not null) return problem;

        var groups = new List<(int Start, int End)>();
        foreach (var (text, offset) in items)
        {
            if (groups.Count > 0 && PythonRequirementRule.StartsSpecifier(text))
                groups[^1] = (groups[^1].Start, offset + text.Length);
            else
                groups.Add((offset, offset + text.Length));
        }

        foreach (var (start, end) in groups)
        {
            if (!PythonRequirementRule.TryParse(value.Text[start..end], out var requirement, out var violation))
                return At(value, start, violation);
            found.Add(requirement!);
        }

        return null;
    }

    public static Problem? Packages(RawArgument argument, string example, out IReadOnlyList<OsPackage> packages)
    {
        var value = argument.Value!;
        var found = new List<OsPackage>();
        packages = found;
        var problem = Items(argument, example, out var items);
        if (problem is not null) return problem;

        foreach (var (text, offset) in items)
        {
            if (!OsPackageRule.TryParse(text, out var package, out var violation))
                return At(value, offset, violation);
            found.Add(package!);
        }

        return null;
    }

    /// <summary>The items of a comma-separated list; an empty one (a,,b or a trailing comma) is refused.</summary>
    static Problem? Items(RawArgument argument, string example, out IReadOnlyList<(string Text, int Offset)> items)
    {
        items = ListItems.Split(argument.Value!.Text);
        var empty = items.FirstOrDefault(i => i.Text.Length == 0);
        return empty.Text is null
            ? null
            : new Problem(
                $"{argument.Key}= has an empty list item; separate items with one comma, e.g. {argument.Key}={example}",
                argument.Value!.ColumnOf(empty.Offset));
    }

    static Problem? At(RawValue value, int itemOffset, Violation? violation) =>
        violation is null ? null : new Problem(violation.Message, value.ColumnOf(itemOffset + violation.Offset));
}
