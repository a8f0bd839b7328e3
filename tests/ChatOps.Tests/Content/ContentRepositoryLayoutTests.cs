using ChatOps.Content;
using ChatOps.Tests.Content.Support;

namespace ChatOps.Tests.Content;

/// <summary>A demisto/content-style checkout as the content folder: where items are, and what is not an item.</summary>
public sealed class ContentRepositoryLayoutTests : IDisposable
{
    private readonly ContentFolder _folder = new();

    [Fact]
    public void Split_scripts_and_integrations_of_packs_load_with_their_code_and_pack()
    {
        _folder.Write("Packs/HelloWorld/pack_metadata.json", """{"name": "HelloWorld"}""")
            .Write("Packs/HelloWorld/Scripts/HelloWorldScript/HelloWorldScript.yml", XsoarYaml.Script("HelloWorldScript"))
            .Write("Packs/HelloWorld/Scripts/HelloWorldScript/HelloWorldScript.py", "return_results('hello')\n")
            .Write("Packs/HelloWorld/Integrations/HelloWorld/HelloWorld.yml", XsoarYaml.Integration("HelloWorld"))
            .Write("Packs/HelloWorld/Integrations/HelloWorld/HelloWorld.py", "def main():\n    pass\n");

        var library = new ContentLibrary(_folder.Path);

        Assert.Empty(library.Errors);
        var script = Assert.Single(library.Scripts);
        Assert.Equal(("HelloWorldScript", "HelloWorld", "return_results('hello')\n", true),
            (script.Name, script.Pack, script.Code, script.IsRunnable));
        var integration = Assert.Single(library.Integrations);
        Assert.Equal(("HelloWorld", "HelloWorld", "def main():\n    pass\n"), (integration.Name, integration.Pack, integration.Code));
        Assert.EndsWith(Path.Combine("Integrations", "HelloWorld", "HelloWorld.yml"), integration.SourceFile);
    }

    [Fact]
    public void Unified_items_directly_in_a_packs_scripts_and_integrations_folders_load()
    {
        _folder.Write("Packs/Legacy/Scripts/script-Unified.yml", XsoarYaml.Script("Unified", script: "|-\n  return_results('inline')"))
            .Write("Packs/Legacy/Integrations/integration-Inline.yml", XsoarYaml.Integration("Inline", script: "|-\n    def main(): pass"));

        var library = new ContentLibrary(_folder.Path);

        Assert.Empty(library.Errors);
        Assert.Equal("return_results('inline')", library.Find("Unified")!.Code);
        Assert.Equal("def main(): pass", Assert.Single(library.Integrations).Code);
    }

    [Fact]
    public void Only_script_and_integration_yamls_are_items_the_rest_of_a_checkout_is_not_read()
    {
        _folder.Write("Packs/Tools/Scripts/Tool/Tool.yml", XsoarYaml.Script("Tool"))
            .Write("Packs/Tools/Scripts/Tool/Tool.py", "pass\n")
            .Write("Packs/Tools/Scripts/Tool/Tool_test.py", "def test_tool(): pass\n")
            .Write("Packs/Tools/Scripts/Tool/README.md", "# Tool\n")
            .Write("Packs/Tools/Scripts/Tool/test_data/input.yml", "not: an item\n")
            .Write("Packs/Tools/Integrations/test_data/sample.yml", "not: an item\n")
            .Write("Packs/Tools/.pack-ignore", "[file:Tool.yml]\nignore=BA101\n")
            .Write("Packs/Tools/pack_metadata.json", "{}")
            .Write("Packs/Tools/Playbooks/playbook-Triage.yml", "id: Triage\nname: Triage\ntasks: {}\n")
            .Write("Packs/Tools/TestPlaybooks/playbook-Tool_test.yml", "id: t\nname: t\ntasks: {}\n")
            .Write("Packs/Tools/Layouts/layoutscontainer-Tool.json", "{}")
            .Write("Packs/Tools/IncidentFields/incidentfield-Tool.json", "{}")
            .Write("Packs/Tools/ReleaseNotes/1_0_1.md", "fixed\n")
            .Write(".gitlab/ci/.gitlab-ci.yml", "stages: [test]\n")
            .Write(".circleci/config.yml", "version: 2.1\n")
            .Write("Tests/conf.yml", "tests: []\n")
            .Write("Utils/tool-config.yml", "x: 1\n");

        var library = new ContentLibrary(_folder.Path);

        Assert.Empty(library.Errors);
        Assert.Equal(["Tool"], library.Scripts.Select(s => s.Name));
        Assert.Empty(library.Integrations);
    }

    [Theory]
    [InlineData("Packs")]
    [InlineData("Packs/HelloWorld")]
    public void The_packs_folder_or_a_single_pack_works_as_the_content_folder_too(string folder)
    {
        _folder.Write("Packs/HelloWorld/pack_metadata.json", "{}")
            .Write("Packs/HelloWorld/Scripts/Hi/Hi.yml", XsoarYaml.Script("Hi"))
            .Write("Packs/HelloWorld/Scripts/Hi/Hi.py", "pass\n")
            .Write("Packs/HelloWorld/Playbooks/playbook-Hi.yml", "id: Hi\nname: Hi\ntasks: {}\n");

        var library = new ContentLibrary(Path.Combine(_folder.Path, folder));

        Assert.Empty(library.Errors);
        Assert.Equal(("Hi", "HelloWorld"), (Assert.Single(library.Scripts).Name, library.Scripts[0].Pack));
    }

    [Fact]
    public void A_broken_item_in_a_pack_is_reported_with_file_and_line_and_the_others_load()
    {
        _folder.Write("Packs/A/Scripts/Good/Good.yml", XsoarYaml.Script("Good"))
            .Write("Packs/A/Scripts/Good/Good.py", "pass\n")
            .Write("Packs/A/Scripts/NoCode/NoCode.yml", XsoarYaml.Script("NoCode"))
            .Write("Packs/B/Integrations/Bad/Bad.yml", XsoarYaml.Integration("Bad").Replace("  type: 4\n", "  type: secret\n"));

        var library = new ContentLibrary(_folder.Path);

        Assert.Equal(["Good"], library.Scripts.Select(s => s.Name));
        Assert.Equal(
            [
                $"{_folder.Path}/Packs/A/Scripts/NoCode/NoCode.yml:18: script is empty and there is no NoCode.py beside the YAML",
                $"{_folder.Path}/Packs/B/Integrations/Bad/Bad.yml:14: parameter 'apikey' has type 'secret': parameter types are XSOAR's numbers (0, 4, 8, ...)",
            ],
            library.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Three_thousand_split_items_all_load()
    {
        for (var i = 0; i < 3000; i++)
        {
            var name = $"Script{i:D4}";
            _folder.Write($"Packs/Pack{i % 40:D2}/Scripts/{name}/{name}.yml", XsoarYaml.Script(name))
                .Write($"Packs/Pack{i % 40:D2}/Scripts/{name}/{name}.py", $"return_results('{name}')\n");
        }

        var library = new ContentLibrary(_folder.Path);

        Assert.Empty(library.Errors);
        Assert.Equal(3000, library.Scripts.Count);
        Assert.Equal("return_results('Script2999')\n", library.Find("Script2999")!.Code);
        Assert.Equal("Pack39", library.Find("Script2999")!.Pack);
    }

    public void Dispose() => _folder.Dispose();
}
