namespace ChatOps.Integrations;

/// <summary>
/// Section "Integrations": the instances of content integrations the war room can run, as XSOAR's
/// Settings > Integrations page holds them. Secret params are never read from here (see IntegrationInstanceCatalog).
/// </summary>
internal sealed class IntegrationsOptions
{
    public const string Section = "Integrations";

    /// <summary>
    /// The HTTP(S) proxy an instance uses when its `proxy` param is true, as XSOAR's server-wide proxy setting: its
    /// containers get HTTP_PROXY/HTTPS_PROXY (and the lower-case forms), which CommonServerPython's BaseClient
    /// reads (handle_proxy). Default empty: no proxy, and the param changes nothing.
    /// </summary>
    public string Proxy { get; set; } = "";

    /// <summary>The configured instances, in the order they are listed. Default none.</summary>
    public List<IntegrationInstanceOptions> Instances { get; set; } = [];
}
