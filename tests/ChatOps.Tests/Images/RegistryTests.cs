using System.Net.Http.Json;
using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Images;

/// <summary>Push on create, tag numbers that skip the registry's, and /docker_image_update, against a real docker-registry.</summary>
public sealed class RegistryTests(ProbeWheels wheels) : IClassFixture<ProbeWheels>
{
    private static CreateImageCommand Create(string name, bool force = false) =>
        new(name, [Requirement.Parse("chatops-probe-dep")], [], null, force);

    private static Task<IReadOnlyList<string>> RegistryTagsAsync(LocalRegistry registry, string repository) => registry.TagsAsync(repository);

    [Fact]
    public async Task Created_images_are_pushed_and_update_pulls_the_newest_tag_then_says_already_current()
    {
        await using var registry = await LocalRegistry.StartAsync();
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, registry.Host);
        var name = bed.NewName("pushed");
        var repository = $"demisto/{name}";
        Assert.IsType<CardReply>((await bed.RunAsync(Create(name)))[^1]);
        Assert.IsType<CardReply>((await bed.RunAsync(Create(name, force: true)))[^1]);
        Assert.Equal(["1.0.0.1", "1.0.0.2"], await RegistryTagsAsync(registry, repository));
        Assert.Equal([$"{repository}:1.0.0.1", $"{repository}:1.0.0.2"], await bed.LabelledRepoTagsAsync()); // no registry-qualified names left

        // This engine lags behind the registry by one build.
        await bed.Docker.Images.DeleteImageAsync($"{repository}:1.0.0.2", new() { Force = false });

        await using (var freshBot = ImagesTestBed.Create(wheels.Index.Url, registry.Host))
        {
            // A bot on a fresh database skips numbers the registry already has (1.0.0.2 is only there now).
            Assert.Equal("1.0.0.3", await freshBot.Get<TagAllocator>().AllocateAsync(repository, CancellationToken.None));

            var update = Assert.IsType<TableReply>((await freshBot.RunAsync(new UpdateImageCommand(new ImageReference(repository, null), false)))[^1]);
            Assert.Equal([repository, "1.0.0.1", "1.0.0.2", "1.0.0.1 -> 1.0.0.2"], update.Rows.Single());
            Assert.Equal(["1.0.0.1", "1.0.0.2"], await bed.EngineTagsAsync(repository));

            // It never built this image, yet after the pull it knows what is inside.
            var containing = Assert.IsType<TableReply>(Assert.Single(await freshBot.RunAsync(new ListImagesCommand(null, "chatops-probe-dep"))));
            var row = Assert.Single(containing.Rows, r => r[0] == repository);
            Assert.Equal(["1.0.0.2", "3.11.2"], [row[1], row[5]]);
        }

        var again = Assert.IsType<TableReply>((await bed.RunAsync(new UpdateImageCommand(new ImageReference(repository, null), false)))[^1]);
        Assert.Equal("already current", again.Rows.Single()[3]);
    }

    [Fact]
    public async Task Update_all_reports_each_image_and_one_failure_does_not_stop_the_others()
    {
        await using var registry = await LocalRegistry.StartAsync();
        var folder = Directory.CreateTempSubdirectory("chatops-images-").FullName;
        // One database, two configurations: an image built while no registry was configured is unknown to it.
        await using var offline = ImagesTestBed.Create(wheels.Index.Url, storageFolder: folder);
        await using var online = ImagesTestBed.Create(wheels.Index.Url, registry.Host, storageFolder: folder);
        var unpushed = offline.NewName("local");
        var pushed = online.NewName("shared");
        Assert.IsType<CardReply>((await offline.RunAsync(Create(unpushed)))[^1]);
        Assert.IsType<CardReply>((await online.RunAsync(Create(pushed, force: true)))[^1]);
        await online.Docker.Images.DeleteImageAsync($"demisto/{pushed}:1.0.0.1", new() { Force = false });

        var table = Assert.IsType<TableReply>((await online.RunAsync(new UpdateImageCommand(null, true)))[^1]);

        var rows = table.Rows.ToDictionary(r => r[0], r => r[3]);
        Assert.Equal($"no version tags in registry {registry.Host}", rows[$"demisto/{unpushed}"]);
        Assert.Equal("(none) -> 1.0.0.1", rows[$"demisto/{pushed}"]);
        Assert.Equal(["1.0.0.1"], await online.EngineTagsAsync($"demisto/{pushed}"));
    }

    [Fact]
    public async Task Update_without_a_registry_configured_tells_an_admin_the_setting_and_a_chat_user_whom_to_ask()
    {
        await using var bed = ImagesTestBed.Create();

        var error = Assert.IsType<ErrorReply>(Assert.Single(await bed.RunAsync(new UpdateImageCommand(null, true))));

        Assert.Equal("No registry is configured to update from. Set Images:Registry (host:port).", error.SaidTo(admin: true).Message);
        Assert.Equal("No registry is configured to update from. Ask an admin to configure one.", error.SaidTo(admin: false).Message);
        Assert.Null(error.Usage);
    }

    [Theory]
    [InlineData("evil/example", null, "The image to update evil/example belongs to organisation \"evil\"; only images of demisto are accepted")]
    [InlineData("demisto/example", "latest", "The image to update demisto/example:latest has the tag latest")]
    [InlineData("demisto/Example", null, "image 'demisto/Example' is not an image name: org/name in lower case")]
    public async Task Update_of_an_image_the_policy_refuses_says_why_before_asking_the_registry(string repository, string? tag, string expected)
    {
        // Nothing listens on port 9: a refusal that asked the registry would fail differently.
        await using var bed = ImagesTestBed.Create(registry: "127.0.0.1:9");

        var error = Assert.IsType<ErrorReply>(Assert.Single(await bed.RunAsync(new UpdateImageCommand(new ImageReference(repository, tag), false))));

        Assert.StartsWith(expected, error.Message);
    }
}
