using ChatOps.Parsers.Syntax;
using ChatOps.Parsers.Text;

namespace ChatOps.Parsers.Binding;

/// <summary>The answer to a command word the catalog does not know: the nearest known command, when one is near.</summary>
internal static class UnknownCommand
{
    // Longer than any command name: a longer word is not a mistyped command, and the distance stays cheap.
    const int LongestWorthComparing = 64;

    public static Bound For(RawToken word)
    {
        var nearest = Nearest(word.Text);
        return nearest is null
            ? Bound.Fail($"unknown command {Shown.Text(word.Text)}; type help to see the commands", word.Column, null)
            : Bound.Fail($"unknown command {Shown.Text(word.Text)}; did you mean {nearest.Verb}?", word.Column, nearest.Usage);
    }

    public static CommandSpec? Nearest(string typed)
    {
        if (typed.Length > LongestWorthComparing) return null;
        // "docker_images" without its slash is still the command the user meant.
        var forms = typed.StartsWith('/') || typed.StartsWith('!') ? [typed] : new[] { typed, "/" + typed };
        var closest = CommandCatalog.All
            .Select(spec => (Spec: spec, Distance: forms.Min(form => EditDistance.Between(form, spec.Verb))))
            .Where(c => c.Distance <= Math.Max(2, c.Spec.Verb.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Spec)
            .FirstOrDefault();
        if (closest is not null) return closest;

        // "/docker" is the start of several commands; the shortest is the likeliest.
        return typed.Length < 4
            ? null
            : CommandCatalog.All
                .Where(spec => forms.Any(form => spec.Verb.StartsWith(form, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(spec => spec.Verb.Length)
                .FirstOrDefault();
    }
}
