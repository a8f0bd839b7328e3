namespace ChatOps.Parsers.Commands;

/// <summary>
/// One Python dependency: a distribution name, optional extras and an optional version specifier
/// (e.g. <c>requests[socks]&gt;=2.31,&lt;3</c>). Nothing else is representable: no URLs, paths or pip options.
/// </summary>
public sealed record PythonRequirement(string Name, IReadOnlyList<string> Extras, string Specifier)
{
    /// <summary>The line written to requirements.txt.</summary>
    public override string ToString() =>
        Name + (Extras.Count > 0 ? "[" + string.Join(",", Extras) + "]" : "") + Specifier;

    public bool Equals(PythonRequirement? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
