using ChatOps.Options;
using Docker.DotNet;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// One DockerClient for one engine (Docker.DotNet clients are thread-safe), and the one place that tells "the
/// engine did not answer" from "the engine said no": every Docker.DotNet call of the engine room goes through
/// <see cref="CallAsync{T}"/>. tcp:// endpoints with a CertPath speak TLS with our client certificate.
/// </summary>
public sealed class DockerClientProvider : IDisposable
{
    private readonly Lazy<DockerClient> _client;

    /// <summary>The default engine: the first of Docker:Engines, or the one at Docker:Endpoint.</summary>
    public DockerClientProvider(IOptions<DockerOptions> options)
        : this(EngineEndpoint.AllOf(options.Value)[0], options.Value.RequestTimeout)
    {
    }

    public DockerClientProvider(EngineEndpoint engine, TimeSpan requestTimeout)
    {
        Engine = engine;
        _client = new(() => new DockerClientConfiguration(
            engine.Address, engine.CertPath is null ? null : EngineTls.Credentials(engine.CertPath), requestTimeout).CreateClient());
    }

    public EngineEndpoint Engine { get; }

    public DockerClient Client => _client.Value;

    public string Endpoint => Engine.Endpoint;

    /// <summary>Runs one call; a transport failure becomes <see cref="EngineUnavailableException"/>, the engine's own answers pass through.</summary>
    public async Task<T> CallAsync<T>(Func<DockerClient, Task<T>> call)
    {
        try
        {
            return await call(Client);
        }
        // IOException: the engine died mid-stream (a build or pull cut off), which is the same as not answering.
        // AuthenticationException: a TLS handshake refused by either side (a certificate of another authority):
        // no engine we may talk to answers there.
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException or IOException
                                              or System.Security.Authentication.AuthenticationException)
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
