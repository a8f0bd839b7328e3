using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;
using Docker.DotNet.Models;

namespace ChatOps.Tests.Images;

/// <summary>OS packages from the Debian mirror (the slow builds of this suite): installed, recorded and runnable, or refused by the check.</summary>
public sealed class OsPackageTests
{
    [Fact]
    public async Task A_create_with_packages_wget_installs_wget_from_the_debian_mirror_and_it_runs()
    {
        await using var bed = ImagesTestBed.Create();
        var name = bed.NewName("wget");

        var replies = await bed.RunAsync(new CreateImageCommand(name, [], [new OsPackage("wget", null)], null, false));

        var card = Assert.IsType<CardReply>(replies[^1]);
        // Debian's wget has a copyright file of the older free form, which points at common-licenses/GPL-3.
        var shown = System.Text.RegularExpressions.Regex.Match(card.Fields.Single(f => f.Label == "os packages").Value, @"^wget (\S+) \(GPL-3\) \(\d+ in the image\)$");
        Assert.True(shown.Success, card.Fields.Single(f => f.Label == "os packages").Value);
        // The due-diligence table shows the requested OS package too, with the same version and licence.
        var diligence = replies.OfType<TableReply>().Single(t => t.Title?.StartsWith("Due diligence", StringComparison.Ordinal) == true);
        Assert.Contains(diligence.Rows, row => row[0] == "wget" && row[1] == shown.Groups[1].Value && row[2] == "GPL-3" && row[3] == "listed");
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

    [Fact]
    public async Task A_virtual_package_apt_quietly_resolves_fails_the_check_in_the_build_naming_its_provider_and_leaves_no_tag()
    {
        await using var bed = ImagesTestBed.Create();
        var name = bed.NewName("virtual");

        // apt-get installs nothing for it ("perl-base is already the newest version") and succeeds; only the
        // check at the end of that RUN sees that no package of that name is installed.
        var replies = await bed.RunAsync(new CreateImageCommand(name, [], [new OsPackage("perlapi-5.36.0", null)], null, false));

        var error = Assert.IsType<ErrorReply>(replies[^1]);
        Assert.Contains("os package perlapi-5.36.0 is not installed: it is a virtual package, provided here by perl-base; name that instead (packages=perl-base)", error.Message);
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
        Assert.Empty(await bed.LabelledRepoTagsAsync());
    }
}
