using ChatOps.Execution;
using ChatOps.Parsers.Commands;
using ChatOps.Tests.Integrations.Support;

namespace ChatOps.Tests.Access;

public sealed class ContentCommandPermissionsTests : IDisposable
{
    private readonly InstanceSetup _setup = new();

    public ContentCommandPermissionsTests()
    {
        _setup.WriteContent("Scripts/Decode/Decode.yml", """
            commonfields:
              id: Decode
            name: Decode
            type: python
            subtype: python3
            dockerimage: demisto/python3:3.10.13.1
            tags:
            - Utility
            script: demisto.results('x')
            """);
    }

    private ContentCommandPermissions Permissions()
    {
        var catalog = _setup.Catalog();
        return new ContentCommandPermissions(_setup.Library!, catalog);
    }

    private static RunScriptCommand Run(string name, params (string Key, string Value)[] arguments) =>
        new(name, arguments.Select(a => new ScriptArgument(a.Key, a.Value, 1)).ToList());

    [Fact]
    public void A_script_needs_scripts_run_of_its_name_and_carries_its_tags()
    {
        var required = Assert.Single(Permissions().For(Run("Decode")));

        Assert.Equal("scripts.run:Decode", required.Name);
        Assert.Equal(["Utility"], required.Tags);
        Assert.True(required.IsCoveredBy("scripts.run:tag:Utility"));
    }

    [Fact]
    public void A_server_command_and_an_unknown_name_count_as_scripts()
    {
        Assert.Equal("scripts.run:Print", Assert.Single(Permissions().For(Run("Print"))).Name);
        Assert.Equal("scripts.run:Nothing", Assert.Single(Permissions().For(Run("Nothing"))).Name);
    }

    [Fact]
    public void An_integration_command_needs_integrations_run_of_every_instance_that_declares_it()
    {
        _setup.AddWorking("hw-a");
        _setup.AddWorking("hw-b");

        var required = Permissions().For(Run("helloworld-say-hello"));

        Assert.Equal(["integrations.run:hw-a", "integrations.run:hw-b"], required.Select(r => r.Name));
    }

    [Fact]
    public void An_integration_command_with_using_needs_that_instance_only()
    {
        _setup.AddWorking("hw-a");
        _setup.AddWorking("hw-b");

        var required = Permissions().For(Run("helloworld-say-hello", ("using", "hw-b")));

        Assert.Equal("integrations.run:hw-b", Assert.Single(required).Name);
    }

    [Fact]
    public void The_other_commands_need_what_they_need_without_content()
    {
        Assert.Equal("images.list", Assert.Single(Permissions().For(new ListImagesCommand(null, null))).Name);
    }

    public void Dispose() => _setup.Dispose();
}
