using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Storage;
using ChatOps.Tests.Images.Support;
using Docker.DotNet.Models;
using Microsoft.Data.Sqlite;

namespace ChatOps.Tests.Images.Check;

/// <summary>
/// The check that looks inside a new image runs as the end of the generated Dockerfile's last RUN, against the
/// real engine and a real pip: its answer comes from the build stream, a cached rebuild is answered from what was
/// stored, and only an image with no stored answer is looked into by a container of its own.
/// </summary>
public sealed class ImageCheckInBuildTests(ProbeWheels wheels) : IClassFixture<ProbeWheels>
{
    private static CreateImageCommand Create(string name, string[] dependencies, bool force = false) =>
        new(name, dependencies.Select(Requirement.Parse).ToList(), [], null, force);

    private static string InstalledPackages(IReadOnlyList<Reply> replies) =>
        Assert.IsType<CardReply>(replies[^1]).Fields.Single(f => f.Label == "python packages").Value;

    [Fact]
    public async Task A_cold_create_learns_what_is_inside_from_its_own_build_and_starts_no_check_container()
    {
        // A wheel only this test serves, so no other test's build can have left its pip step in the layer cache.
        await using var index = new LocalPythonIndex();
        await using var bed = ImagesTestBed.Create(index.Url);
        var fresh = bed.NewName("fresh");
        index.Add(new WheelBuilder(fresh, "1.0").License("MIT").RequiresDist(fresh + "-dep"))
            .Add(new WheelBuilder(fresh + "-dep", "2.1").Classifier("License :: OSI Approved :: BSD License"));
        var started = DateTimeOffset.UtcNow;

        var replies = await bed.RunAsync(Create(bed.NewName("in-build"), [fresh]));

        Assert.Contains($"{fresh}-dep 2.1 (BSD)", InstalledPackages(replies)); // its classifier says "BSD License"; the one name is BSD
        Assert.Equal(0, await bed.CheckContainersCreatedSinceAsync(started));
        // The answer is data for the bot: it never shows up in the chat as a progress line.
        Assert.DoesNotContain(replies.OfType<ProgressReply>(), p => p.Message.Contains("\"distributions\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cached_rebuild_after_a_restart_is_answered_from_the_stored_check_and_without_it_by_a_container()
    {
        await using var first = ImagesTestBed.Create(wheels.Index.Url);
        var name = first.NewName("restart");
        var built = InstalledPackages(await first.RunAsync(Create(name, ["chatops-probe"])));

        // A new process on the same SQLite file: the pip step comes from the layer cache and prints nothing.
        await using var restarted = ImagesTestBed.Create(wheels.Index.Url, storageFolder: first.Folder);
        var started = DateTimeOffset.UtcNow;
        var rebuilt = await restarted.RunAsync(Create(name, ["chatops-probe"], force: true));
        Assert.Contains(rebuilt.OfType<ProgressReply>(), p => p.Message.Contains("Using cache", StringComparison.Ordinal));
        Assert.Equal(built, InstalledPackages(rebuilt));
        Assert.Equal(0, await restarted.CheckContainersCreatedSinceAsync(started));

        // With the stored answers gone, the cached image is looked into by one container, and it finds the same.
        await using (var connection = new SqliteConnection($"Data Source={restarted.Get<Database>().FilePath}"))
        {
            await connection.OpenAsync();
            await using var clear = connection.CreateCommand();
            clear.CommandText = "DELETE FROM image_checks;";
            Assert.True(await clear.ExecuteNonQueryAsync() > 0);
        }
        started = DateTimeOffset.UtcNow;
        var checkedByContainer = await restarted.RunAsync(Create(name, ["chatops-probe"], force: true));
        Assert.Equal(built, InstalledPackages(checkedByContainer));
        Assert.Equal(1, await restarted.CheckContainersCreatedSinceAsync(started));
    }

    [Fact]
    public async Task A_package_whose_pth_file_prints_an_imitation_of_the_answer_cannot_hide_what_it_installed()
    {
        await using var index = new LocalPythonIndex();
        await using var bed = ImagesTestBed.Create(index.Url);
        var mimic = bed.NewName("mimic");
        const string FakeAnswer = """chatops-image-check {"python": "0", "distributions": [], "osPackages": [], "problems": []}""";
        index.Add(new WheelBuilder(mimic, "1.0").License("MIT")
            .File("zz_mimic.pth", $"import sys; sys.stdout.write('\\n' + {System.Text.Json.JsonSerializer.Serialize(FakeAnswer)} + '\\n')\n"));

        var replies = await bed.RunAsync(Create(bed.NewName("mimicked"), [mimic]));

        var card = Assert.IsType<CardReply>(replies[^1]);
        Assert.Equal("3.11.2", card.Fields.Single(f => f.Label == "python").Value);
        Assert.Contains($"{mimic} 1.0 (MIT)", InstalledPackages(replies));
        // The .pth file really does print the imitation in an ordinary Python start in that image.
        Assert.Contains(FakeAnswer, await RunPythonAsync(bed, card.Title));
    }

    private static async Task<string> RunPythonAsync(ImagesTestBed bed, string image)
    {
        var container = await bed.Docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            Cmd = ["python3", "-c", "pass"],
            NetworkDisabled = true,
            Labels = new Dictionary<string, string> { [ImagesTestBed.TestIdLabel] = bed.TestId },
        });
        await bed.Docker.Containers.StartContainerAsync(container.ID, new ContainerStartParameters());
        await bed.Docker.Containers.WaitContainerAsync(container.ID);
        using var logs = await bed.Docker.Containers.GetContainerLogsAsync(container.ID, false, new ContainerLogsParameters { ShowStdout = true });
        var (stdout, _) = await logs.ReadOutputToEndAsync(CancellationToken.None);
        return stdout;
    }
}
