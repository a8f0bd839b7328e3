using System.Text;
using ChatOps.Integrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Integrations;

/// <summary>Integrations:Instances binds with AddChatOpsOptions; what a string dictionary cannot hold is kept or flagged, not lost.</summary>
public sealed class IntegrationsOptionsBindingTests
{
    private static IntegrationsOptions Bind(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        using var services = new ServiceCollection().AddChatOpsOptions(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<IntegrationsOptions>>().Value;
    }

    [Fact]
    public void Without_the_section_there_are_no_instances()
    {
        Assert.Empty(Bind("{}").Instances);
    }

    [Fact]
    public void The_shipped_appsettings_has_the_section_and_no_instances()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ChatOps.sln"))) folder = folder.Parent;
        Assert.NotNull(folder);
        var json = File.ReadAllText(Path.Combine(folder.FullName, "appsettings.json"));

        Assert.Contains("\"Integrations\": {\n    \"Proxy\": \"\",\n    \"Instances\": []\n  }", json.ReplaceLineEndings("\n"));
        Assert.Empty(Bind(json).Instances);
    }

    [Fact]
    public void An_instance_given_only_a_name_and_an_integration_is_enabled_without_egress_params_or_secrets_file()
    {
        var instance = Assert.Single(Bind("""{"Integrations": {"Instances": [{"Name": "hw", "Integration": "HelloWorld"}]}}""").Instances);

        Assert.Equal(("hw", "HelloWorld", true, "", ""), (instance.Name, instance.Integration, instance.Enabled, instance.Egress, instance.SecretsFile));
        Assert.Empty(instance.Params);
        Assert.Empty(instance.ObjectParams);
    }

    [Fact]
    public void Json_booleans_bind_as_text_and_json_lists_as_comma_separated_text()
    {
        var instance = Bind("""
            {"Integrations": {"Instances": [{"Name": "hw", "Integration": "HelloWorld", "Enabled": false, "Egress": "host",
              "Params": {"url": "https://hw", "insecure": true, "fetch_types": ["Audit", "Alerts"]}}]}}
            """).Instances[0];

        Assert.False(instance.Enabled);
        Assert.Equal("host", instance.Egress);
        Assert.Equal(new Dictionary<string, string> { ["url"] = "https://hw", ["insecure"] = "True", ["fetch_types"] = "Audit,Alerts" }, instance.Params);
    }

    [Fact]
    public void A_json_object_among_the_params_is_flagged_rather_than_dropped()
    {
        var instance = Bind("""
            {"Integrations": {"Instances": [{"Name": "hw", "Integration": "HelloWorld",
              "Params": {"credentials": {"identifier": "admin", "password": "in-appsettings"}}}]}}
            """).Instances[0];

        Assert.Empty(instance.Params);
        Assert.Equal(["credentials"], instance.ObjectParams);
    }

    [Fact]
    public void An_environment_style_override_adds_a_param_to_a_configured_instance()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Integrations:Instances:0:Name"] = "hw",
                ["Integrations:Instances:0:Integration"] = "HelloWorld",
                ["Integrations:Instances:0:Params:max_fetch"] = "50",
            })
            .Build();
        using var services = new ServiceCollection().AddChatOpsOptions(configuration).BuildServiceProvider();

        Assert.Equal("50", services.GetRequiredService<IOptions<IntegrationsOptions>>().Value.Instances[0].Params["max_fetch"]);
    }
}
