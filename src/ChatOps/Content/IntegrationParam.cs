namespace ChatOps.Content;

/// <summary>
/// One entry of an integration's <c>configuration:</c>, a parameter of its instances. Type is XSOAR's number
/// (0 short text, 4 encrypted, 8 boolean, 9 credentials, 12 long text, 15 single select, 16 multi select...);
/// Options are the values a select offers, null for other types.
/// </summary>
internal sealed record IntegrationParam(
    string Name,
    string Display,
    int Type,
    bool Required,
    string? DefaultValue,
    bool Hidden,
    IReadOnlyList<string>? Options,
    string AdditionalInfo);
