namespace ChatOps.Integrations;

/// <summary>One entry of Integrations:Instances.</summary>
internal sealed class IntegrationInstanceOptions
{
    /// <summary>
    /// What users type in <c>using=</c> and <c>instance=</c>: letters, digits, '_' and '-', starting with a letter or
    /// digit, at most 64 characters (InstanceNameRule), unique ignoring case and '-' against '_' (the forms that fold
    /// into one environment variable name). Required.
    /// </summary>
    public string Name { get; set; } = "";

    /// <summary>The integration's commonfields.id, or its name, from the content YAML. Required.</summary>
    public string Integration { get; set; } = "";

    /// <summary>A disabled instance is listed but runs nothing, as in XSOAR. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Param name (as in the YAML's configuration:) -> value, as text: checkboxes "true" or "false", multi-selects
    /// comma separated. A param left out takes the YAML's defaultvalue. Secret params (encrypted, credentials,
    /// hidden) are refused here. Default empty.
    /// </summary>
    public Dictionary<string, string> Params { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The network the instance's containers get: "" (or "none") none, the default, as for scripts; "host" for host
    /// networking; anything else is the name of a Docker network the engine already has.
    /// </summary>
    public string Egress { get; set; } = "";

    /// <summary>
    /// Labels of Docker:Engines (e.g. "egress") an engine must carry to take the instance's containers: an instance
    /// whose service only one host can reach runs only there. Default none: any engine (egress still goes only to
    /// engines labelled "egress" once any engine is).
    /// </summary>
    public List<string> EngineLabels { get; set; } = [];

    /// <summary>
    /// A JSON file of secret params, {"instance": {"param": "value", "credentials param": {"identifier": "..",
    /// "password": ".."}}}, relative to the folder holding appsettings.json. It must belong to the bot's user and
    /// grant nothing to group or others (chmod 600). Default empty: secrets come from environment variables only.
    /// </summary>
    public string SecretsFile { get; set; } = "";

    /// <summary>
    /// Params given as a JSON object rather than text, which the binder cannot put into a string and would drop
    /// without a word (a credentials object with its password, say). Filled after binding by StructuredParams;
    /// internal, so the binder never sets it.
    /// </summary>
    internal HashSet<string> ObjectParams { get; } = new(StringComparer.Ordinal);
}
