using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Images;

/// <summary>The injection corpus through the create handler itself: every argument refused, nothing vetted, built or tagged.</summary>
public sealed class InjectionTests
{
    private static readonly string[] Corpus =
    [
        "x\nRUN id", "x;id", "x && id", "x$(id)", "x`id`", "x'y", "x\"y", "--index-url", "-r /etc/passwd", "git+https://evil.example/x",
        "../x", "reque\u0455ts", "\u212Aeyring", "x\r\nRUN id", "x|id",
    ];

    private static IEnumerable<CreateImageCommand> Hostile(string name)
    {
        var good = new PythonRequirement("chatops-probe", [], "");
        foreach (var text in Corpus)
        {
            yield return new CreateImageCommand(text, [], [], null, false);
            yield return new CreateImageCommand(name, [new PythonRequirement(text, [], "")], [], null, false);
            yield return new CreateImageCommand(name, [new PythonRequirement("chatops-probe", [text], "")], [], null, false);
            yield return new CreateImageCommand(name, [new PythonRequirement("chatops-probe", [], "==1" + text)], [], null, false);
            yield return new CreateImageCommand(name, [good], [new OsPackage(text, null)], null, false);
            yield return new CreateImageCommand(name, [good], [new OsPackage("wget", text)], null, false);
            yield return new CreateImageCommand(name, [good], [], new ImageReference("demisto/" + text, "1.0"), false);
            yield return new CreateImageCommand(name, [good], [], new ImageReference("demisto/python3-deb", text), false);
        }
    }

    [Fact]
    public async Task Every_hostile_argument_is_refused_and_nothing_is_vetted_built_or_tagged()
    {
        await using var bed = ImagesTestBed.Create();
        var name = bed.NewName("hostile");
        var commands = Hostile(name).ToList();

        foreach (var command in commands)
        {
            var reply = Assert.Single(await bed.RunAsync(command));
            var error = Assert.IsType<ErrorReply>(reply);
            Assert.Contains("/docker_image_create name=", error.Usage);
        }

        Assert.Equal(Corpus.Length * 8, commands.Count);
        Assert.Empty(bed.Vetting.Requests);
        Assert.Empty(await bed.LabelledRepoTagsAsync());
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
    }
}
