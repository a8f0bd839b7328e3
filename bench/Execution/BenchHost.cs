using System.Globalization;
using System.Text.Json;
using ChatOps.Execution.Pool;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bench.Execution;

/// <summary>
/// The script feature wired as the app wires it (AddScriptExecutionAlone over configuration) over one content
/// folder, with an instance id of its own so only its containers are cleaned, and one command run the way the
/// war room runs it: routed to the handler that takes it, every reply rendered as `chatops exec --json` would.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly ICommandHandler[] _handlers;

    private BenchHost(ServiceProvider provider, string instanceId)
    {
        _provider = provider;
        _handlers = provider.GetServices<ICommandHandler>().ToArray();
        InstanceId = instanceId;
    }

    public string InstanceId { get; }

    public IServiceProvider Services => _provider;

    /// <summary>The modules its containers preload (CommonServerPython...), by name; "none" when there are none.</summary>
    public string Preloads => _provider.GetRequiredService<LoopScriptArchive>().Preloads is { Count: > 0 } preloads
        ? string.Join(", ", preloads.Select(p => p.ModuleName))
        : "none";

    public static BenchHost Create(string root, string contentFolder, int containers, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var instance = "bench-exec-" + Guid.NewGuid().ToString("N")[..10];
        var values = new Dictionary<string, string?>
        {
            ["Executor:InstanceId"] = instance,
            ["Executor:LoopScriptPath"] = Path.Combine(root, "runtime", "python_loop.py"),
            ["Executor:MaxContainersPerImage"] = containers.ToString(CultureInfo.InvariantCulture),
            // A replacement's cold start in the middle of the samples would measure the pool, not the path.
            ["Executor:MaxJobsPerContainer"] = "1000000",
            ["Content:Folder"] = contentFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScriptExecutionAlone(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return new BenchHost(services.BuildServiceProvider(), instance);
    }

    /// <summary>Runs the command once; the length of what was rendered. An error reply is a failed bench, not a sample.</summary>
    public async Task<int> RunOnceAsync(RunScriptCommand command, ChatMessage message)
    {
        var handler = Array.Find(_handlers, h => h.CanHandle(command))!;
        var length = 0;
        await foreach (var reply in handler.HandleAsync(command, message, CancellationToken.None))
        {
            if (reply is ErrorReply error) throw new InvalidOperationException(error.Message);
            length += JsonSerializer.Serialize(reply).Length;
        }
        return length;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
