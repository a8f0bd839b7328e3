namespace ChatOps.Engine;

/// <summary>IEngineProbe over Docker.DotNet.</summary>
internal sealed class DockerEngineProbe(DockerClientProvider docker) : IEngineProbe
{
    public string Endpoint => docker.Endpoint;

    public Task PingAsync(CancellationToken cancellationToken) =>
        docker.CallAsync(client => client.System.PingAsync(cancellationToken));

    public async Task<EngineVersion> GetVersionAsync(CancellationToken cancellationToken)
    {
        var version = await docker.CallAsync(client => client.System.GetVersionAsync(cancellationToken));
        return new EngineVersion(version.Version, version.APIVersion);
    }
}
