using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;
using Docker.DotNet.Models;

namespace ChatOps.Tests.Images;

/// <summary>An OS package from the Debian mirror (the one slow build of this suite): installed, recorded and runnable.</summary>
public sealed class OsPackageTests
{
    [Fact]
    public async Task A_create_with_packages_wget_installs_wget_from_the_debian_mirror_and_it_runs()
    {
        await using var bed = ImagesTestBed.Create();
        var name = bed.NewName("wget");

        var replies = await bed.RunAsync(new CreateImageCommand(name, [], [new OsPackage("wget", null)], null, false));

        var card = Assert.IsType<CardReply>(replies[^1]);
        Assert.Matches(@"^wget \S+ \(\d+ in the image\)$", card.Fields.Single(f => f.Label == "os packages").Value);
        var container = await bed.Docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = card.Title,
            Cmd = ["wget", "--version"],
            NetworkDisabled = true,
            Labels = new Dictionary<string, string> { [ImagesTestBed.TestIdLabel] = bed.TestId },
        });
        await bed.Docker.Containers.StartContainerAsync(container.ID, new ContainerStartParameters());
        var exit = await bed.Docker.Containers.WaitContainerAsync(container.ID);
        Assert.Equal(0, exit.StatusCode);

        var listed = Assert.IsType<TableReply>(Assert.Single(await bed.RunAsync(new ListImagesCommand(null, "wget"))));
        Assert.Contains(listed.Rows, r => r[0] == $"demisto/{name}");
    }
}
