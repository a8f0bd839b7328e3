using System.Text.Json.Nodes;
using ChatOps.Content;

namespace ChatOps.Integrations;

/// <summary>
/// A configured instance after resolution: its integration from the content, its egress and the params a job
/// of it gets, secrets included. ToString names it and nothing else, so an instance that ends up in a log line
/// or an exception message cannot carry its params there.
/// </summary>
internal sealed class IntegrationInstance
{
    private readonly JsonObject _params;

    public IntegrationInstance(
        string name,
        string integrationName,
        ContentIntegration? integration,
        bool enabled,
        string? egressNetwork,
        JsonObject parameters,
        IReadOnlyList<string> secretValues,
        IReadOnlyList<string> problems,
        IReadOnlyList<string> warnings)
    {
        Name = name;
        IntegrationName = integrationName;
        Integration = integration;
        Enabled = enabled;
        EgressNetwork = egressNetwork;
        _params = parameters;
        SecretValues = secretValues;
        Redactor = new SecretRedactor(secretValues);
        Problems = problems;
        Warnings = warnings;
    }

    /// <summary>What users type in using= and instance=.</summary>
    public string Name { get; }

    /// <summary>The Integration setting as configured (an id or a name), also when no such integration is loaded.</summary>
    public string IntegrationName { get; }

    /// <summary>The integration from the content folder; null when none has that id or name.</summary>
    public ContentIntegration? Integration { get; }

    public bool Enabled { get; }

    /// <summary>Null: no network, as scripts. "host": host networking. Anything else: a Docker network's name.</summary>
    public string? EgressNetwork { get; }

    /// <summary>The engine labels its containers need (Integrations:Instances:n:EngineLabels), trimmed, distinct and sorted; empty for none.</summary>
    public IReadOnlyList<string> EngineLabels { get; init; } = [];

    /// <summary>The secret values this instance was given (passwords, keys, and user:password for basic auth), for redaction.</summary>
    public IReadOnlyList<string> SecretValues { get; }

    /// <summary>Masks this instance's secrets in whatever its jobs print.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>Why the instance cannot run, each one sentence without any secret; empty when it can.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>What is odd but does not stop it, such as a secret too short to be redacted.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public bool IsUsable => Enabled && Problems.Count == 0;

    /// <summary>Why it does not run, for a reply or the instance list; null when it is usable.</summary>
    public string? NotUsableReason =>
        Problems.Count > 0 ? string.Join("; ", Problems) : Enabled ? null : "it is disabled (Enabled is false)";

    /// <summary>
    /// The params as demisto.params() returns them: YAML order, defaults filled in, checkboxes as JSON booleans,
    /// multi-selects as arrays, credentials as {"identifier", "password", ...}. A fresh copy each call, so a job
    /// that changes its copy changes nothing for the next one.
    /// </summary>
    public JsonObject CreateParams() => (JsonObject)_params.DeepClone();

    public override string ToString() => $"{Name} ({IntegrationName})";
}
