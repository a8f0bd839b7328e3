namespace ChatOps.Tests.Engine.Support;

/// <summary>
/// Two real dockerd of the test class's own, without images: "unix-edge" on its own socket only, and
/// "tls-edge" on a TCP port of 127.0.0.1 as well, TLS with client certificates made by <see cref="Certificates"/>.
/// </summary>
public sealed class TwoPrivateEngines : IAsyncLifetime
{
    public EngineCertificates Certificates { get; } = new();

    public PrivateEngine Unix { get; } = new(tls: null, withBaseImage: false);

    public PrivateEngine Tls { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tls = new PrivateEngine(Certificates, withBaseImage: false);
        await Task.WhenAll(Unix.InitializeAsync(), Tls.InitializeAsync());
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(Unix.DisposeAsync(), Tls.DisposeAsync());
        Certificates.Dispose();
    }
}
