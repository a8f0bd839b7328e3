namespace ChatOps.Engine;

/// <summary>One configured engine and the engine room's operations on it, all over the one connection.</summary>
public sealed class ConnectedEngine : IDisposable
{
    private readonly DockerClientProvider _connection;

    internal ConnectedEngine(DockerClientProvider connection)
    {
        _connection = connection;
        Images = new DockerImageEngine(connection);
        Containers = new DockerContainerEngine(connection);
        OneShot = new DockerOneShotRunner(connection);
        Probe = new DockerEngineProbe(connection);
    }

    public EngineEndpoint Endpoint => _connection.Engine;

    public string Name => Endpoint.Name;

    public IImageEngine Images { get; }

    public IContainerEngine Containers { get; }

    public IOneShotRunner OneShot { get; }

    public IEngineProbe Probe { get; }

    public void Dispose() => _connection.Dispose();
}
