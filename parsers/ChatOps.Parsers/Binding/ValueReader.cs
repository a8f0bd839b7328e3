using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Rules;
using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Binding;

/// <summary>Reads one argument's value with its shape rule and turns a rule violation into a problem at the right column.</summary>
internal static class ValueReader
{
    public static Problem? ImageName(RawValue value, out string name)
    {
        name = value.Text;
        return At(value, 0, ImageNameRule.Check(value.Text));
    }

    public static Problem? InstanceName(RawValue value, out string name)
    {
        name = value.Text;
        return At(value, 0, InstanceNameRule.Check(value.Text));
    }

    public static Problem? Image(RawArgument argument, string what, string example, out ImageReference? image)
    {
        ImageReferenceRule.TryParse(argument.Value!.Text, what, argument.Key, example, out image, out var violation);
        return At(argument.Value, 0, violation);
    }

    /// <summary>An image with its tag: commands about one built image never mean "every tag of the name".</summary>
    public static Problem? TaggedImage(RawArgument argument, string example, out ImageReference? image)
    {
        var problem = Image(argument, "image", example, out image);
        if (problem is not null || image!.Tag is not null) return problem;
        return new Problem($"{argument.Key}= needs a tag: write org/name:tag, e.g. {argument.Key}={example}", argument.Value!.End);
    }

    /// <summary>
    /// A filter value, compared as plain text and never as a pattern, held to the characters it can contain;
    /// <paramref name="upperCaseReason"/> explains a capital letter where lower case is the rule.
    /// </summary>
    public static Problem? Filter(RawArgument argument, string use, Func<char, bool> allowed, string? upperCaseReason = null)
    {
        var value = argument.Value!;
        var bad = CharacterRule.FirstNotAllowed(value.Text, allowed);
        if (bad < 0) return null;
        var reason = upperCaseReason is not null && CharacterRule.IsAsciiUpper(value.Text[bad]) ? upperCaseReason : CharacterRule.NotAllowed(value.Text[bad]);
        return new Problem($"{argument.Key} filter {Shown.Quote(value.Text)} is not valid: {reason}; use {use}", value.ColumnOf(bad));
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

        var groups = new List<List<(string Text, int Offset)>>();
        foreach (var item in items)
        {
            if (groups.Count > 0 && PythonRequirementRule.StartsSpecifier(item.Text)) groups[^1].Add(item);
            else groups.Add([item]);
        }

        foreach (var group in groups)
        {
            if (!PythonRequirementRule.TryParse(string.Join(",", group.Select(i => i.Text)), out var requirement, out var violation))
                return new Problem(violation!.Message, value.ColumnOf(OffsetInValue(group, violation.Offset)));
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

    /// <summary>Where a character of a joined requirement ("requests>=2" + "," + "&lt;3") sits in the value it came from.</summary>
    static int OffsetInValue(IReadOnlyList<(string Text, int Offset)> group, int offsetInJoined)
    {
        var itemStart = 0;
        foreach (var (text, offset) in group)
        {
            if (offsetInJoined <= itemStart + text.Length) return offset + Math.Max(offsetInJoined - itemStart, 0);
            itemStart += text.Length + 1;
        }

        return group[^1].Offset;
    }

    static Problem? At(RawValue value, int itemOffset, Violation? violation) =>
        violation is null ? null : new Problem(violation.Message, value.ColumnOf(itemOffset + violation.Offset));
}
