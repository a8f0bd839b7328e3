using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;
using Docker.DotNet.Models;

namespace ChatOps.Tests.Images.Maintenance;

/// <summary>
/// Two real builds of one name, shared by the maintenance tests: 1.0.0.1 with no dependencies, 1.0.0.2 with
/// chatops-probe (and its dependency) from the local index. Tests that delete or prune work on their own copies
/// (docker tag of these images under a fresh name), so no test changes what another reads. Content is read
/// afresh on every access, so a test can name a tag in a YAML it writes.
/// </summary>
public sealed class BuiltImagesFixture : IAsyncLifetime
{
    public const int KeepPerName = 2;
    private readonly ProbeWheels _wheels = new();

    public ImagesTestBed Bed { get; private set; } = null!;

    public string ContentFolder { get; } = Directory.CreateTempSubdirectory("chatops-content-").FullName;

    public string Repository { get; private set; } = "";

    public string Plain => $"{Repository}:1.0.0.1";

    public string WithProbe => $"{Repository}:1.0.0.2";

    public async Task InitializeAsync()
    {
        await _wheels.InitializeAsync();
        Bed = ImagesTestBed.Create(_wheels.Index.Url, settings: new Dictionary<string, string?>
        {
            ["Content:Folder"] = ContentFolder,
            ["Content:RescanInterval"] = "00:00:00",
            ["Images:KeepPerName"] = KeepPerName.ToString(),
        });
        var name = Bed.NewName("maint");
        Repository = $"demisto/{name}";
        await BuildAsync(new CreateImageCommand(name, [], [], null, true));
        await BuildAsync(new CreateImageCommand(name, [Requirement.Parse("chatops-probe")], [], null, true));
    }

    /// <summary>Names the tags in a content script's dockerimage, one script per tag (the script is called after the tag).</summary>
    public string NameInContent(string reference)
    {
        var script = "Uses" + new string(reference.Where(char.IsAsciiLetterOrDigit).ToArray());
        var folder = Directory.CreateDirectory(Path.Combine(ContentFolder, "Scripts", script)).FullName;
        File.WriteAllText(Path.Combine(folder, script + ".yml"), $"""
            commonfields:
              id: {script}
              version: -1
            name: {script}
            comment: Names a tag.
            type: python
            subtype: python3
            script: |-
              demisto.results('hi')
            dockerimage: {reference}
            """);
        return script;
    }

    /// <summary>Copies of an image under other version tags of a fresh name, as a retention test needs them.</summary>
    public async Task<string> CopyAsync(string source, string hint, params string[] tags)
    {
        var repository = $"demisto/{Bed.NewName(hint)}";
        foreach (var tag in tags)
            await Bed.Docker.Images.TagImageAsync(source, new ImageTagParameters { RepositoryName = repository, Tag = tag });
        return repository;
    }

    /// <summary>A stopped container made from the image, labelled so the bed removes it.</summary>
    public async Task CreateContainerAsync(string image) =>
        await Bed.Docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            Cmd = ["true"],
            Labels = new Dictionary<string, string> { [ImagesTestBed.TestIdLabel] = Bed.TestId },
        });

    public async Task DisposeAsync()
    {
        await Bed.DisposeAsync();
        await _wheels.DisposeAsync();
        Directory.Delete(ContentFolder, recursive: true);
    }

    private async Task BuildAsync(CreateImageCommand command)
    {
        var replies = await Bed.RunAsync(command);
        if (replies[^1] is not CardReply) throw new InvalidOperationException("fixture build failed: " + string.Join(" | ", replies.Select(r => r.ToString())));
    }
}
