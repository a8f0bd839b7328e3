using ChatOps.Content;
using ChatOps.Replies;
using ChatOps.Tests.Content.Support;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Content;

/// <summary>JavaScript, PowerShell and python2 without an image: listed with the reason, not load errors.</summary>
public sealed class NotRunnableContentTests : IDisposable
{
    private readonly ContentFolder _folder = new();

    [Fact]
    public void JavaScript_and_PowerShell_items_are_listed_as_not_runnable_with_the_reason()
    {
        _folder.Write("Packs/Common/Scripts/PrintContext/PrintContext.yml", XsoarYaml.Script("PrintContext", type: "javascript", subtype: null, dockerImage: null, script: "''"))
            .Write("Packs/Common/Scripts/PrintContext/PrintContext.js", "var ctx = invContext;\n")
            .Write("Packs/Common/Scripts/PsGreet/PsGreet.yml", XsoarYaml.Script("PsGreet", type: "powershell", subtype: null))
            .Write("Packs/Tor/Integrations/Tor/Tor.yml", XsoarYaml.Integration("Tor Exit Addresses Feed", type: "javascript"));

        var library = new ContentLibrary(_folder.Path);

        Assert.Empty(library.Errors);
        Assert.Equal(
            [("PrintContext", "!PrintContext is JavaScript: only Python runs here"), ("PsGreet", "!PsGreet is PowerShell: only Python runs here")],
            library.Scripts.Select(s => (s.Name, s.NotRunnableReason)));
        Assert.All(library.Scripts, s => Assert.Equal(("", false), (s.Code, s.IsRunnable)));
        Assert.Equal("Tor Exit Addresses Feed is JavaScript: only Python runs here", Assert.Single(library.Integrations).NotRunnableReason);
    }

    [Fact]
    public void Python2_items_run_with_a_configured_python2_image_or_one_of_their_own()
    {
        WritePython2("Own", "demisto/python:2.7.18.1").WritePython2("Defaulted", null);

        var with = new ContentLibrary(_folder.Path, python2Available: true);
        var without = new ContentLibrary(_folder.Path, python2Available: false);

        Assert.Empty(without.Errors);
        Assert.True(with.Find("Defaulted")!.IsRunnable);
        Assert.True(without.Find("Own")!.IsRunnable);
        Assert.Equal("!Defaulted is python2 and no python2 image is configured", without.Find("Defaulted")!.NotRunnableReason);
        Assert.Equal("pass\n", without.Find("Defaulted")!.Code);
    }

    [Fact]
    public void Help_for_a_script_that_does_not_run_here_says_why_instead_of_its_image()
    {
        _folder.Write("GetTime.yml", XsoarYaml.Script("GetTime", type: "javascript", subtype: null, dockerImage: null));

        var table = Assert.IsType<TableReply>(Assert.Single(new ScriptHelpProvider(new ContentLibrary(_folder.Path)).Describe("!GetTime")!));

        Assert.Equal("!GetTime [name=<name>]\nGetTime, as a content pack ships it.\n!GetTime is JavaScript: only Python runs here", table.Title);
    }

    [Fact]
    public void Help_for_a_javascript_server_command_is_left_to_the_server_which_answers_it()
    {
        _folder.Write("Set.yml", XsoarYaml.Script("Set", type: "javascript", subtype: null, dockerImage: null));

        Assert.Null(new ScriptHelpProvider(new ContentLibrary(_folder.Path)).Describe("!Set"));
    }

    [Theory]
    [InlineData("javascript", null, "", "!Item is JavaScript: only Python runs here", null)]
    [InlineData("powershell", null, "", "!Item is PowerShell: only Python runs here", null)]
    [InlineData("python", "python2", "", "!Item is python2 and no python2 image is configured", "Set Executor:DefaultPython2Image, or give the item a dockerimage.")]
    public async Task Running_one_gives_the_reason_and_starts_no_container(string type, string? subtype, string python2Image, string reason, string? adminRemedy)
    {
        _folder.Write("Item/Item.yml", XsoarYaml.Script("Item", type, subtype, dockerImage: null)).Write("Item/Item.py", "pass\n");
        var engine = new FakeContainerEngine();
        await using var services = ScriptServices.Build(new Dictionary<string, string?>
        {
            ["Content:Folder"] = _folder.Path,
            ["Executor:DefaultPython2Image"] = python2Image,
        }, engine);

        // With an argument it does not have: the reason comes first, since no argument would make it run.
        var replies = await ScriptServices.RunAsync(ScriptServices.Handler(services), "c", "Item", ("nosuch", "x"));

        // The setting is the admin's remedy; the war room says it to admins only (a chat user is asked to get one).
        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Equal((reason, adminRemedy), (error.Message, error.Remedy?.ForAdmin));
        Assert.DoesNotContain("Executor:", error.Remedy?.ForUser ?? "");
        Assert.Empty(engine.Created);
    }

    private NotRunnableContentTests WritePython2(string name, string? image)
    {
        _folder.Write($"{name}/{name}.yml", XsoarYaml.Script(name, subtype: "python2", dockerImage: image)).Write($"{name}/{name}.py", "pass\n");
        return this;
    }

    public void Dispose() => _folder.Dispose();
}
