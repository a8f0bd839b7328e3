using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// Every engine of Docker:Engines, connected (lazily: a client opens its first connection on its first call), in
/// the configured order. The first is the default one, which the war room's single-engine parts use; with no
/// Docker:Engines it is the only one, at Docker:Endpoint.
/// </summary>
public sealed class EngineSet : IDisposable
{
    public EngineSet(IOptions<DockerOptions> options)
    {
        All = EngineEndpoint.AllOf(options.Value)
            .Select(endpoint => new ConnectedEngine(new DockerClientProvider(endpoint, options.Value.RequestTimeout)))
            .ToList();
    }

    public IReadOnlyList<ConnectedEngine> All { get; }

    public ConnectedEngine Default => All[0];

    /// <summary>The engine of that name, or null.</summary>
    public ConnectedEngine? Find(string name) => All.FirstOrDefault(engine => engine.Name == name);

    public void Dispose()
    {
        foreach (var engine in All) engine.Dispose();
    }
}
