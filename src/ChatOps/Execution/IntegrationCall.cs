using System.Text.Json.Nodes;

namespace ChatOps.Execution;

/// <summary>
/// What makes a job an integration command rather than a script: the instance it runs on (its params,
/// credentials included, and its network), the command, and how to redact the instance's secrets from anything
/// the job says before a person, a log or the audit sees it.
/// </summary>
/// <param name="Instance">The instance's name: its containers, integration context and last run are its own.</param>
/// <param name="Brand">The integration's name (XSOAR's brand), for IntegrationBrand.</param>
/// <param name="Command">demisto.command(), e.g. "test-module" or "helloworld-say-hello".</param>
/// <param name="Params">demisto.params(): configured values, secrets resolved.</param>
/// <param name="Network">Null: no network; "host" or a Docker network's name: the instance's egress.</param>
/// <param name="Redact">Replaces every secret value of the instance (and its encoded forms) in a text.</param>
/// <param name="Proxy">The proxy its containers' environment names (its `proxy` param is true and one is configured); empty for none.</param>
/// <param name="EngineLabels">The engine labels its containers need (the instance's EngineLabels); empty for none.</param>
internal sealed record IntegrationCall(string Instance, string Brand, string Command, JsonObject Params, string? Network, Func<string, string> Redact, string Proxy = "",
    IReadOnlyList<string>? EngineLabels = null);
