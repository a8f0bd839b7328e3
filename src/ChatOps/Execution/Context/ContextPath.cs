namespace ChatOps.Execution.Context;

/// <summary>
/// A dotted context path such as <c>HelloWorld.Alert</c>: each segment is one level of nested objects, the way
/// outputs are declared in content YAML (<c>contextPath: ThreatStream.Analysis.ReportID</c>).
/// </summary>
internal sealed class ContextPath
{
    /// <summary>
    /// Deeper paths are refused: readers parse a context with System.Text.Json's default depth of 64, and a path
    /// alone must leave room for the value written under it.
    /// </summary>
    public const int MaxSegments = 32;

    private ContextPath(string text, IReadOnlyList<string> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<string> Segments { get; }

    public IEnumerable<string> Parents => Segments.Take(Segments.Count - 1);

    public string Leaf => Segments[^1];

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ContextRuleException"/> with the reason when it is no path.</summary>
    public static ContextPath Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw new ContextRuleException("a context key must not be empty");
        var segments = trimmed.Split('.').Select(s => s.Trim()).ToArray();
        if (segments.Any(s => s.Length == 0))
            throw new ContextRuleException($"'{trimmed}' has an empty part between dots");
        if (segments.FirstOrDefault(s => s.StartsWith('[')) is { } index)
            throw new ContextRuleException($"'{trimmed}' uses the list index '{index}'; a context key here names objects only");
        if (segments.Length > MaxSegments)
            throw new ContextRuleException($"'{trimmed}' is {segments.Length} levels deep; at most {MaxSegments} are allowed");
        return new ContextPath(string.Join('.', segments), segments);
    }

    public override string ToString() => Text;
}
