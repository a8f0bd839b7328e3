using ChatOps.Content;
using ChatOps.Tests.Content.Support;

namespace ChatOps.Tests.Content;

/// <summary>Integrations load as their own records, listed and found by the commands they declare.</summary>
public sealed class ContentIntegrationTests : IDisposable
{
    private readonly ContentFolder _folder = new();

    private ContentIntegration LoadOne(string yaml)
    {
        _folder.Write("Integrations/Item/Item.yml", yaml).Write("Integrations/Item/Item.py", "def main(): pass\n");
        var library = new ContentLibrary(_folder.Path);
        Assert.Empty(library.Errors);
        return Assert.Single(library.Integrations);
    }

    [Fact]
    public void An_integration_loads_with_its_identity_image_flags_and_code()
    {
        var integration = LoadOne(XsoarYaml.Integration("HelloWorld"));

        Assert.Equal(("HelloWorld", "HelloWorld", "HelloWorld (beta)", "Utilities", "An integration for the tests."),
            (integration.Id, integration.Name, integration.Display, integration.Category, integration.Description));
        Assert.Equal(("python", "python3", "demisto/python3:3.9.1.14969", true, false, false, false),
            (integration.Type, integration.Subtype, integration.DockerImage, integration.IsFetch, integration.IsLongRunning, integration.IsFeed, integration.RunOnce));
        Assert.Equal("def main(): pass\n", integration.Code);
        Assert.True(integration.IsRunnable);
        Assert.Null(integration.Pack);
    }

    [Fact]
    public void Its_parameters_keep_type_required_default_options_and_hidden()
    {
        var integration = LoadOne(XsoarYaml.Integration("HelloWorld"));

        Assert.Equal(["url", "apikey", "min_severity", "internal", "legacy"], integration.Params.Select(p => p.Name));
        var url = integration.Params[0];
        Assert.Equal(("Server URL", 0, true, "https://api.example.com", false), (url.Display, url.Type, url.Required, url.DefaultValue, url.Hidden));
        Assert.Equal((4, (string?)null), (integration.Params[1].Type, integration.Params[1].DefaultValue));
        Assert.Equal(["Low", "High"], integration.Params[2].Options!);
        Assert.False(integration.Params[3].Hidden); // hidden only in marketplacev2 (XSIAM), shown in XSOAR
        Assert.True(integration.Params[4].Hidden);
    }

    [Fact]
    public void Its_commands_keep_arguments_with_defaults_lists_and_predefined_values_and_outputs()
    {
        var integration = LoadOne(XsoarYaml.Integration("HelloWorld", command: "helloworld-say-hello"));

        Assert.Equal(["helloworld-say-hello", "helloworld-say-hello-test"], integration.Commands.Select(c => c.Name));
        var hello = integration.FindCommand("helloworld-say-hello")!;
        Assert.Equal(("Says hello.", false), (hello.Description, hello.Deprecated));
        var name = hello.Arguments[0];
        Assert.Equal(("name", false, null, true, "Whom to greet.", true, null),
            (name.Name, name.Required, name.DefaultValue, name.IsArray, name.Description, name.IsDefault, name.Predefined));
        var status = hello.Arguments[1];
        Assert.Equal(("status", true, "ACTIVE", false), (status.Name, status.Required, status.DefaultValue, status.IsArray));
        Assert.Equal(["ACTIVE", "CLOSED"], status.Predefined!);
        Assert.Equal([new CommandOutput("Hello.name", "Whom it greeted.", "String")], hello.Outputs);
        Assert.True(integration.Commands[1].Deprecated);
        Assert.Empty(integration.Commands[1].Arguments);
    }

    [Fact]
    public void Integration_names_may_hold_spaces_and_FindCommand_returns_every_integration_that_declares_it()
    {
        _folder.Write("Integrations/Tor/Tor.yml", XsoarYaml.Integration("Tor Exit Addresses Feed", command: "fetch-indicators"))
            .Write("Integrations/Tor/Tor.py", "pass\n")
            .Write("Integrations/Other/Other.yml", XsoarYaml.Integration("Another Feed", command: "fetch-indicators"))
            .Write("Integrations/Other/Other.py", "pass\n");

        var library = new ContentLibrary(_folder.Path);

        Assert.Empty(library.Errors);
        Assert.Equal(["Another Feed", "Tor Exit Addresses Feed"], library.Integrations.Select(i => i.Name));
        Assert.Equal(["Another Feed", "Tor Exit Addresses Feed"], library.FindCommand("fetch-indicators").Select(i => i.Name));
        Assert.Empty(library.FindCommand("no-such-command"));
        Assert.Empty(library.Scripts);
    }

    [Fact]
    public void A_second_integration_with_the_same_name_is_reported_and_the_first_kept()
    {
        _folder.Write("1/One.yml", XsoarYaml.Integration("Same", script: "one")).Write("2/Two.yml", XsoarYaml.Integration("Same", script: "two"));

        var library = new ContentLibrary(_folder.Path);

        Assert.Equal("one", Assert.Single(library.Integrations).Code);
        Assert.Contains("an integration named Same was already loaded from", Assert.Single(library.Errors).Message);
    }

    public void Dispose() => _folder.Dispose();
}
