using ChatOps.Integrations;
using ChatOps.Tests.Integrations.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Integrations;

public sealed class IntegrationsCompositionTests : IDisposable
{
    private readonly InstanceSetup _setup = new();

    [Fact]
    public void The_catalog_comes_from_the_container_with_the_configured_instances_and_the_content_folder()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Content:Folder"] = _setup.Folder,
                ["Integrations:Instances:0:Name"] = "hw",
                ["Integrations:Instances:0:Integration"] = "HelloWorld",
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddScriptExecutionAlone(configuration).AddIntegrationInstances().BuildServiceProvider();

        var instance = Assert.Single(services.GetRequiredService<IntegrationInstanceCatalog>().Instances);

        Assert.Equal(("hw", "HelloWorld"), (instance.Name, instance.Integration!.Id));
    }

    public void Dispose() => _setup.Dispose();
}
