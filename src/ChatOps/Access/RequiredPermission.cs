namespace ChatOps.Access;

/// <summary>
/// A permission a command needs, e.g. "scripts.run:Print", with the tags of the script it runs so that a
/// "scripts.run:tag:Utility" grant can cover it.
/// </summary>
internal sealed record RequiredPermission(string Name, IReadOnlyList<string>? Tags = null)
{
    private const string TagPrefix = "scripts.run:tag:";

    /// <summary>
    /// Whether a granted permission covers this one: the same name, a parent ("scripts.run" covers
    /// "scripts.run:Print", "integrations.run" every instance), or a tag grant matching one of the script's tags.
    /// </summary>
    public bool IsCoveredBy(string granted)
    {
        if (granted == Name || Name.StartsWith(granted + ":", StringComparison.Ordinal)) return true;
        return granted.StartsWith(TagPrefix, StringComparison.Ordinal)
               && Name.StartsWith(Permissions.ScriptsRun + ":", StringComparison.Ordinal)
               && (Tags ?? []).Contains(granted[TagPrefix.Length..], StringComparer.Ordinal);
    }
}
