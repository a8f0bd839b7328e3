using ChatOps.Options;
using Docker.DotNet;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>One DockerClient per process for the configured endpoint; Docker.DotNet clients are thread-safe.</summary>
public sealed class DockerClientProvider(IOptions<DockerOptions> options) : IDisposable
{
    private readonly Lazy<DockerClient> _client = new(() =>
        new DockerClientConfiguration(new Uri(options.Value.Endpoint), defaultTimeout: options.Value.RequestTimeout).CreateClient());

    public DockerClient Client => _client.Value;

    public string Endpoint => options.Value.Endpoint;

    public void Dispose()
    {
        if (_client.IsValueCreated) _client.Value.Dispose();
    }
}
