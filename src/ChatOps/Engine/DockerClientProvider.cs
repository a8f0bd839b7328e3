using ChatOps.Options;
using Docker.DotNet;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// One DockerClient per process for the configured endpoint (Docker.DotNet clients are thread-safe), and the one
/// place that tells "the engine did not answer" from "the engine said no": every Docker.DotNet call of the engine
/// room goes through <see cref="CallAsync{T}"/>.
/// </summary>
public sealed class DockerClientProvider(IOptions<DockerOptions> options) : IDisposable
{
    private readonly Lazy<DockerClient> _client = new(() =>
        new DockerClientConfiguration(new Uri(options.Value.Endpoint), defaultTimeout: options.Value.RequestTimeout).CreateClient());

    public DockerClient Client => _client.Value;

    public string Endpoint => options.Value.Endpoint;

    /// <summary>Runs one call; a transport failure becomes <see cref="EngineUnavailableException"/>, the engine's own answers pass through.</summary>
    public async Task<T> CallAsync<T>(Func<DockerClient, Task<T>> call)
    {
        try
        {
            return await call(Client);
        }
        // IOException: the engine died mid-stream (a build or pull cut off), which is the same as not answering.
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException or IOException)
        {
            throw new EngineUnavailableException(Endpoint, exception);
        }
    }

    public Task CallAsync(Func<DockerClient, Task> call) => CallAsync(async client => { await call(client); return true; });

    public void Dispose()
    {
        if (_client.IsValueCreated) _client.Value.Dispose();
    }
}
