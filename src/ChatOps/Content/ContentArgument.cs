namespace ChatOps.Content;

/// <summary>
/// One entry of a script's <c>args:</c>. DefaultValue comes from XSOAR's <c>defaultValue:</c> (or a non-boolean
/// <c>default:</c>); a boolean <c>default: true</c> is XSOAR's "default argument" flag, kept as IsDefault.
/// </summary>
internal sealed record ContentArgument(string Name, bool Required, string? DefaultValue, bool IsArray, string Description, bool IsDefault = false);
