using ChatOps.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Options;

public sealed class ImagesOptionsBindingTests
{
    private static ImagesOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddWarRoom(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ImagesOptions>>().Value;
    }

    [Fact]
    public void Without_configuration_only_demisto_is_allowed()
    {
        Assert.Equal(["demisto"], Bind([]).AllowedOrgs);
    }

    [Fact]
    public void Configured_organisations_replace_the_default_rather_than_adding_to_it()
    {
        Assert.Equal(["acme"], Bind(new() { ["Images:AllowedOrgs:0"] = "acme" }).AllowedOrgs);
    }

    [Fact]
    public void An_environment_style_override_reaches_the_bound_options()
    {
        Environment.SetEnvironmentVariable("Images__DefaultBase", "demisto/python3-deb:9.9.9.9");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            using var services = new ServiceCollection().AddLogging().AddWarRoom(configuration).BuildServiceProvider();
            Assert.Equal("demisto/python3-deb:9.9.9.9", services.GetRequiredService<IOptions<ImagesOptions>>().Value.DefaultBase);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Images__DefaultBase", null);
        }
    }
}
