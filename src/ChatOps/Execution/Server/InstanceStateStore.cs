using System.Text.Json.Nodes;
using ChatOps.Storage;

namespace ChatOps.Execution.Server;

/// <summary>
/// What an integration instance keeps between runs: its integration context (get/setIntegrationContext) and its
/// last run (get/setLastRun, the fetch position). One JSON document each per instance, in SQLite, so both
/// survive a restart as they do in XSOAR.
/// </summary>
internal sealed class InstanceStateStore(Database database)
{
    private readonly KeyValueTable _integrationContexts = new(database, "integration_context");
    private readonly KeyValueTable _lastRuns = new(database, "integration_last_run");

    public Task<JsonNode> IntegrationContextAsync(string instance, CancellationToken cancellationToken) => ReadAsync(_integrationContexts, instance, cancellationToken);

    public Task SaveIntegrationContextAsync(string instance, JsonNode? value, CancellationToken cancellationToken) =>
        _integrationContexts.SaveAsync(instance, (value ?? new JsonObject()).ToJsonString(), cancellationToken);

    public Task<JsonNode> LastRunAsync(string instance, CancellationToken cancellationToken) => ReadAsync(_lastRuns, instance, cancellationToken);

    public Task SaveLastRunAsync(string instance, JsonNode? value, CancellationToken cancellationToken) =>
        _lastRuns.SaveAsync(instance, (value ?? new JsonObject()).ToJsonString(), cancellationToken);

    private static async Task<JsonNode> ReadAsync(KeyValueTable table, string instance, CancellationToken cancellationToken) =>
        await table.FindAsync(instance, cancellationToken) is { } json ? JsonNode.Parse(json) ?? new JsonObject() : new JsonObject();
}
