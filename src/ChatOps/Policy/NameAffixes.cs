namespace ChatOps.Policy;

/// <summary>
/// Prefixes and suffixes squatters glue to a popular name ("python-requests", "requests-dev"). Only the forms
/// with a separator, plus the long bare "python", count: a bare "py" prefix is how half of PyPI is named
/// ("pyyaml", "pydantic"), so treating it as decoration would refuse honest packages.
/// </summary>
internal static class NameAffixes
{
    private static readonly string[] Prefixes = ["python-", "python3-", "py-", "python"];

    private static readonly string[] Suffixes = ["-python", "-python3", "-py", "-py3", "-dev", "-devel", "-lib", "-libs"];

    /// <summary>Each (core, affix) obtained by taking one known prefix or suffix off the name; cores shorter than 3 are dropped.</summary>
    public static IEnumerable<(string Core, string Affix)> Strip(string normalisedName)
    {
        foreach (var prefix in Prefixes)
        {
            if (normalisedName.StartsWith(prefix, StringComparison.Ordinal) && normalisedName.Length - prefix.Length >= 3)
                yield return (normalisedName[prefix.Length..].TrimStart('-'), prefix);
        }
        foreach (var suffix in Suffixes)
        {
            if (normalisedName.EndsWith(suffix, StringComparison.Ordinal) && normalisedName.Length - suffix.Length >= 3)
                yield return (normalisedName[..^suffix.Length], suffix);
        }
    }
}
