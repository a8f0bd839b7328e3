using ChatOps.Engine;
using ChatOps.Options;
using Microsoft.Extensions.Configuration;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>Docker:Engines as appsettings.json writes it, read into the engines the bot connects to.</summary>
public sealed class EngineEndpointTests
{
    [Fact]
    public void Without_Docker_Engines_the_one_engine_is_local_at_Docker_Endpoint()
    {
        var engines = EngineEndpoint.AllOf(Bind(new() { ["Docker:Endpoint"] = "unix:///run/other.sock" }));

        var only = Assert.Single(engines);
        Assert.Equal(("local", "unix:///run/other.sock", null, 4), (only.Name, only.Endpoint, only.CertPath, only.Capacity));
        Assert.Empty(only.Labels);
    }

    [Fact]
    public void The_engines_are_read_in_order_with_their_labels_and_capacity_and_the_first_is_the_default()
    {
        using var certificates = new Support.EngineCertificates();
        var options = Bind(new()
        {
            ["Docker:Endpoint"] = "unix:///ignored.sock",
            ["Docker:Engines:0:Name"] = "edge-1",
            ["Docker:Engines:0:Endpoint"] = "tcp://127.0.0.1:2376",
            ["Docker:Engines:0:CertPath"] = certificates.ClientFolder,
            ["Docker:Engines:0:Labels:0"] = "egress",
            ["Docker:Engines:0:Capacity"] = "8",
            ["Docker:Engines:1:Name"] = "local",
            ["Docker:Engines:1:Endpoint"] = "unix:///var/run/docker.sock",
        });

        var engines = EngineEndpoint.AllOf(options);
        using var set = new EngineSet(MsOptions.Create(options));

        Assert.Equal(["edge-1 tcp://127.0.0.1:2376 egress 8", "local unix:///var/run/docker.sock  4"],
            engines.Select(e => $"{e.Name} {e.Endpoint} {string.Join(',', e.Labels)} {e.Capacity}"));
        Assert.Equal(certificates.ClientFolder, engines[0].CertPath);
        Assert.Equal("edge-1", set.Default.Name);
        Assert.Equal("local", set.Find("local")?.Name);
        Assert.Null(set.Find("elsewhere"));
    }

    [Theory]
    [InlineData("a", "unix:///a.sock", "", "a", "unix:///b.sock", "Docker:Engines names 'a' more than once; give each engine its own name.")]
    [InlineData("", "unix:///a.sock", "", "b", "unix:///b.sock", "Docker:Engines:0 has no Name; give each engine one (e.g. \"edge-1\").")]
    [InlineData("a", "http://host:2375", "", "b", "unix:///b.sock", "engine 'a': Endpoint 'http://host:2375' is neither unix:///path/to/docker.sock nor tcp://host:port.")]
    [InlineData("a", "unix:///a.sock", "/tmp", "b", "unix:///b.sock", "engine 'a': CertPath is for tcp:// endpoints; unix:///a.sock is reached without TLS.")]
    public void A_wrong_entry_is_named_with_what_to_fix(string firstName, string firstEndpoint, string firstCertPath, string secondName, string secondEndpoint, string message)
    {
        var options = Bind(new()
        {
            ["Docker:Engines:0:Name"] = firstName,
            ["Docker:Engines:0:Endpoint"] = firstEndpoint,
            ["Docker:Engines:0:CertPath"] = firstCertPath,
            ["Docker:Engines:1:Name"] = secondName,
            ["Docker:Engines:1:Endpoint"] = secondEndpoint,
        });

        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => EngineEndpoint.AllOf(options)).Message);
    }

    [Fact]
    public void A_cert_path_without_the_client_key_is_refused_before_any_connection()
    {
        using var certificates = new Support.EngineCertificates();
        File.Delete(Path.Combine(certificates.ClientFolder, "key.pem"));
        var options = Bind(new()
        {
            ["Docker:Engines:0:Name"] = "edge",
            ["Docker:Engines:0:Endpoint"] = "tcp://127.0.0.1:2376",
            ["Docker:Engines:0:CertPath"] = certificates.ClientFolder,
        });

        var problem = Assert.Throws<InvalidOperationException>(() => EngineEndpoint.AllOf(options));

        Assert.Equal($"engine 'edge': {Path.Combine(certificates.ClientFolder, "key.pem")} does not exist (CertPath holds ca.pem, cert.pem and key.pem, as DOCKER_CERT_PATH does).", problem.Message);
    }

    [Fact]
    public void A_capacity_below_one_is_refused()
    {
        var options = Bind(new() { ["Docker:Engines:0:Name"] = "a", ["Docker:Engines:0:Endpoint"] = "unix:///a.sock", ["Docker:Engines:0:Capacity"] = "0" });

        Assert.Equal("engine 'a': Capacity must be at least 1 (jobs at once), not 0.", Assert.Throws<InvalidOperationException>(() => EngineEndpoint.AllOf(options)).Message);
    }

    [Fact]
    public void A_negative_build_capacity_and_engines_that_all_take_no_builds_are_refused()
    {
        var negative = Bind(new() { ["Docker:Engines:0:Name"] = "a", ["Docker:Engines:0:Endpoint"] = "unix:///a.sock", ["Docker:Engines:0:BuildCapacity"] = "-1" });
        var none = Bind(new()
        {
            ["Docker:Engines:0:Name"] = "a", ["Docker:Engines:0:Endpoint"] = "unix:///a.sock", ["Docker:Engines:0:BuildCapacity"] = "0",
            ["Docker:Engines:1:Name"] = "b", ["Docker:Engines:1:Endpoint"] = "unix:///b.sock", ["Docker:Engines:1:BuildCapacity"] = "0",
        });
        var one = Bind(new()
        {
            ["Docker:Engines:0:Name"] = "a", ["Docker:Engines:0:Endpoint"] = "unix:///a.sock", ["Docker:Engines:0:BuildCapacity"] = "0",
            ["Docker:Engines:1:Name"] = "b", ["Docker:Engines:1:Endpoint"] = "unix:///b.sock",
        });

        Assert.Equal("engine 'a': BuildCapacity must be 0 (no builds) or more, not -1.", Assert.Throws<InvalidOperationException>(() => EngineEndpoint.AllOf(negative)).Message);
        Assert.StartsWith("no engine of Docker:Engines takes builds (every BuildCapacity is 0)", Assert.Throws<InvalidOperationException>(() => EngineEndpoint.AllOf(none)).Message);
        Assert.Equal([0, null], EngineEndpoint.AllOf(one).Select(e => e.BuildCapacity));
    }

    private static DockerOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(DockerOptions.Section).Get<DockerOptions>() ?? new DockerOptions();
}
