using ChatOps.Execution;
using ChatOps.Engine;
using ChatOps.Execution.Pool;
using ChatOps.Replies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ChatOps.Options;

namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// The script feature wired as the app wires it (AddScriptExecution over configuration) against the real engine,
/// with a unique instance id so only this host's containers are ever cleaned up.
/// </summary>
internal sealed class ScriptHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="logs">Where the services log to (a test that asserts on log lines); by default nowhere.</param>
    public ScriptHost(string contentFolder, IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        InstanceId = "test-exec-" + Guid.NewGuid().ToString("N")[..12];
        var values = new Dictionary<string, string?>
        {
            ["Executor:InstanceId"] = InstanceId,
            ["Content:Folder"] = contentFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        _services = ScriptServices.Build(values, logs: logs);
        Handler = ScriptServices.Handler(_services);
    }

    public string InstanceId { get; }

    public RunScriptHandler Handler { get; }

    public IServiceProvider Services => _services;

    public ContainerPool Pool => _services.GetRequiredService<ContainerPool>();

    public IContainerEngine Engine => _services.GetRequiredService<IContainerEngine>();

    public ExecutorOptions Options => _services.GetRequiredService<ExecutorOptions>();

    public Task<List<Reply>> RunAsync(string channel, string script, params (string Key, string Value)[] args) =>
        ScriptServices.RunAsync(Handler, channel, script, args);

    public Task<List<Reply>> TypeAsync(string channel, string line) => ScriptServices.TypeAsync(Handler, channel, line);

    /// <summary>This host's containers as the engine lists them (by our labels).</summary>
    public Task<IReadOnlyList<EngineContainer>> ContainersAsync() =>
        Engine.ListAsync(new Dictionary<string, string> { [ManagedLabels.Managed] = "true", [ManagedLabels.Instance] = InstanceId }, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Pool.DisposeAsync();
        // Whatever the pool did not remove (a test that failed half-way): ours only, by instance label.
        var leftovers = await Engine.ListAsync(new Dictionary<string, string> { [ManagedLabels.Instance] = InstanceId }, CancellationToken.None);
        foreach (var container in leftovers) await Engine.RemoveAsync(container.Id, CancellationToken.None);
        await _services.DisposeAsync();
    }
}
