namespace ChatOps.Integrations;

/// <summary>
/// Section "Integrations": the instances of content integrations the war room can run, as XSOAR's
/// Settings > Integrations page holds them. Secret params are never read from here (see IntegrationInstanceCatalog).
/// </summary>
internal sealed class IntegrationsOptions
{
    public const string Section = "Integrations";

    /// <summary>The configured instances, in the order they are listed. Default none.</summary>
    public List<IntegrationInstanceOptions> Instances { get; set; } = [];
}
