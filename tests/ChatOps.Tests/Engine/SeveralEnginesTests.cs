using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Options;
using ChatOps.Tests.Engine.Support;
using Microsoft.Extensions.Configuration;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>
/// Docker:Engines over real engines the test starts: one reached over its own unix socket, one over TCP on
/// 127.0.0.1 with TLS client certificates, as DOCKER_HOST and DOCKER_CERT_PATH would reach a remote host.
/// </summary>
public sealed class SeveralEnginesTests(TwoPrivateEngines engines) : IClassFixture<TwoPrivateEngines>
{
    [Fact]
    public async Task Each_configured_engine_answers_as_itself_one_over_a_unix_socket_and_one_over_tcp_with_tls()
    {
        using var set = new EngineSet(MsOptions.Create(Configured(engines.Certificates.ClientFolder)));
        var unix = set.Find("unix-edge")!;
        var tls = set.Find("tls-edge")!;
        var tag = $"chatops-engines-test/scratch:{Guid.NewGuid():N}";

        await unix.Probe.PingAsync(CancellationToken.None);
        var version = await tls.Probe.GetVersionAsync(CancellationToken.None);
        await using var context = BuildContextArchive.Create(new BuildContextFiles($"FROM scratch\nLABEL {ManagedLabels.Managed}=\"true\"\n", "", ""));
        var built = await tls.Images.BuildImageAsync(new EngineBuildRequest(context, tag, NetworkMode: "none"), new Progress<EngineBuildProgress>(), CancellationToken.None);

        Assert.NotEmpty(version.ApiVersion);
        Assert.Equal(built, (await tls.Images.InspectImageAsync(tag, CancellationToken.None))?.Id);
        Assert.Equal("true", (await tls.Images.InspectImageAsync(tag, CancellationToken.None))!.Labels[ManagedLabels.Managed]);
        Assert.Null(await unix.Images.InspectImageAsync(tag, CancellationToken.None));
        Assert.Equal("unix-edge", set.Default.Name);
    }

    [Fact]
    public async Task The_tls_engine_refuses_a_client_certificate_its_authority_did_not_sign()
    {
        using var strangers = new EngineCertificates();
        using var set = new EngineSet(MsOptions.Create(Configured(strangers.ClientFolder)));

        var refused = await Assert.ThrowsAsync<EngineUnavailableException>(() => set.Find("tls-edge")!.Probe.PingAsync(CancellationToken.None));

        Assert.StartsWith($"No Docker engine answers at {engines.Tls.TcpEndpoint}:", refused.Message);
    }

    [Fact]
    public async Task The_bot_refuses_an_engine_whose_certificate_its_own_ca_did_not_sign()
    {
        // Our client certificate is the right one, so the engine would talk; only our ca.pem is a stranger's.
        using var strangers = new EngineCertificates();
        var folder = Directory.CreateTempSubdirectory("chatops-engine-tls-mixed-").FullName;
        try
        {
            File.Copy(Path.Combine(engines.Certificates.ClientFolder, "cert.pem"), Path.Combine(folder, "cert.pem"));
            File.Copy(Path.Combine(engines.Certificates.ClientFolder, "key.pem"), Path.Combine(folder, "key.pem"));
            File.Copy(Path.Combine(strangers.ClientFolder, "ca.pem"), Path.Combine(folder, "ca.pem"));
            using var set = new EngineSet(MsOptions.Create(Configured(folder)));

            await Assert.ThrowsAsync<EngineUnavailableException>(() => set.Find("tls-edge")!.Probe.PingAsync(CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private DockerOptions Configured(string certPath) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Docker:Engines:0:Name"] = "unix-edge",
            ["Docker:Engines:0:Endpoint"] = engines.Unix.Endpoint,
            ["Docker:Engines:1:Name"] = "tls-edge",
            ["Docker:Engines:1:Endpoint"] = engines.Tls.TcpEndpoint,
            ["Docker:Engines:1:CertPath"] = certPath,
            ["Docker:Engines:1:Labels:0"] = "egress",
        }).Build().GetSection(DockerOptions.Section).Get<DockerOptions>()!;
}
