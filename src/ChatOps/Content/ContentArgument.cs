namespace ChatOps.Content;

/// <summary>
/// One entry of a script's <c>args:</c> or a command's <c>arguments:</c>. DefaultValue comes from XSOAR's
/// <c>defaultValue:</c> (or a non-boolean <c>default:</c>); a boolean <c>default: true</c> is XSOAR's "default
/// argument" flag, kept as IsDefault. Predefined is the list of allowed values, null when any value goes.
/// </summary>
internal sealed record ContentArgument(
    string Name,
    bool Required,
    string? DefaultValue,
    bool IsArray,
    string Description,
    bool IsDefault = false,
    IReadOnlyList<string>? Predefined = null);
