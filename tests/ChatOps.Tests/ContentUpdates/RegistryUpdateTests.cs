using ChatOps.ContentUpdates;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Registry;
using ChatOps.Tests.ContentUpdates.Support;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.ContentUpdates;

/// <summary>Against a real registry on 127.0.0.1 holding 1.0.0.1, .2, .9, .10, latest, nightly and 1.0.1-rc1 of one image.</summary>
public sealed class RegistryUpdateTests(RegistryFixture registry) : IClassFixture<RegistryFixture>, IDisposable
{
    private readonly TempFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_tags_list_comes_back_whole_across_pages()
    {
        var client = new RegistryClient(new HttpClient(), MsOptions.Create(new ImagesOptions { Registry = registry.Address })) { PageSize = 2 };

        var tags = await client.ListTagsAsync(registry.Repository, CancellationToken.None);

        Assert.Equal(RegistryFixture.PushedTags.Order(StringComparer.Ordinal), tags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_image_the_registry_does_not_know_has_no_tags()
    {
        var client = new RegistryClient(new HttpClient(), MsOptions.Create(new ImagesOptions { Registry = registry.Address }));

        Assert.Empty(await client.ListTagsAsync("demisto/never-pushed-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None));
    }

    [Fact]
    public async Task The_newest_registry_tag_is_the_highest_build_number_not_latest_nor_a_text_tag()
    {
        var (before, after) = Fixture("1.0.0.10");
        _content.Write("Scripts/Xyz.yml", before);

        var report = await Updaters.Create(new FakeImageEngine(), registry.Address).RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        Assert.Equal(
        [
            $"Scripts/Xyz.yml Xyz dockerimage {registry.Repository}:1.0.0.2 -> 1.0.0.10 Changed",
            $"Scripts/Xyz.yml Xyz alt_dockerimages[0] {registry.Repository}:1.0.0.9 -> 1.0.0.10 Changed",
            $"Scripts/Xyz.yml Xyz alt_dockerimages[1] {registry.Repository}:1.0.0.1 -> 1.0.0.10 Changed",
        ], Updaters.Lines(report));
        Assert.Equal(after, _content.Read("Scripts/Xyz.yml"));
    }

    [Fact]
    public async Task A_newer_tag_in_the_engine_wins_over_the_registry()
    {
        // The real engine, read only: the test pulls one pushed tag and names it one build later, then removes both.
        var remote = $"{registry.Address}/{registry.Repository}";
        var local = $"{registry.Repository}:1.0.0.11";
        RegistryFixture.Docker(null, "pull", "--quiet", $"{remote}:1.0.0.10");
        try
        {
            RegistryFixture.Docker(null, "tag", $"{remote}:1.0.0.10", local);
            var (before, after) = Fixture("1.0.0.11");
            _content.Write("Scripts/Xyz.yml", before);
            using var docker = new DockerClientProvider(MsOptions.Create(new DockerOptions()));

            var report = await Updaters.Create(new DockerImageEngine(docker), registry.Address).RunAsync(_content.Path, dryRun: false, CancellationToken.None);

            Assert.Equal(3, report.Count(ContentUpdateStatus.Changed));
            Assert.Equal(after, _content.Read("Scripts/Xyz.yml"));
        }
        finally
        {
            RegistryFixture.Docker(null, "rmi", local, $"{remote}:1.0.0.10");
        }
    }

    [Fact]
    public async Task The_registry_updates_land_on_a_branch_in_a_git_content_folder()
    {
        using var repo = new GitRepository();
        var (before, after) = Fixture("1.0.0.10");
        repo.Folder.Write("Scripts/Xyz.yml", before);
        repo.CommitAll("content");
        var branch = $"auto-update/{registry.Repository.Replace('/', '-')}-1.0.0.10";

        var report = await Updaters.Create(new FakeImageEngine(), registry.Address).RunAsync(repo.Path, dryRun: false, CancellationToken.None);

        Assert.Equal(3, report.Count(ContentUpdateStatus.Changed));
        Assert.Equal(after, repo.Git("cat-file", "blob", branch + ":Scripts/Xyz.yml"));
        Assert.Equal(before, repo.Folder.Read("Scripts/Xyz.yml"));
        Assert.Equal("", repo.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task A_registry_that_does_not_answer_fails_its_images_and_changes_nothing()
    {
        var (before, _) = Fixture("1.0.0.10");
        _content.Write("Scripts/Xyz.yml", before);

        var report = await Updaters.Create(new FakeImageEngine(), "127.0.0.1:9").RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        Assert.Equal(3, report.Count(ContentUpdateStatus.Failed));
        Assert.StartsWith("registry 127.0.0.1:9 did not answer", report.Entries[0].Detail);
        Assert.Equal(before, _content.Read("Scripts/Xyz.yml"));
    }

    // The registry's image in plain, single- and double-quoted values with CRLF endings and a comment.
    private (string Before, string After) Fixture(string newTag) => (Text("1.0.0.2", "1.0.0.9", "1.0.0.1"), Text(newTag, newTag, newTag));

    private string Text(string plain, string single, string quoted) =>
        "commonfields:\r\n  id: Xyz\r\nname: Xyz\r\n" +
        $"dockerimage: {registry.Repository}:{plain}  # from the registry\r\n" +
        $"alt_dockerimages:\r\n- '{registry.Repository}:{single}'\r\n- \"{registry.Repository}:{quoted}\"\r\n";
}
