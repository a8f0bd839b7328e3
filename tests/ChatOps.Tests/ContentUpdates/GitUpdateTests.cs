using ChatOps.ContentUpdates;
using ChatOps.Tests.ContentUpdates.Support;

namespace ChatOps.Tests.ContentUpdates;

public sealed class GitUpdateTests : IDisposable
{
    private const string AlphaBranch = "auto-update/demisto-alpha-1.0.0.10";
    private const string BetaBranch = "auto-update/demisto-beta-2.1.0.12";

    private readonly GitRepository _repo = new();
    private readonly string _content;

    public GitUpdateTests()
    {
        // The content folder is a subfolder of the repository, as in a product repository.
        ContentFixtures.WriteAll(_repo.Folder, "content/");
        _repo.CommitAll("content");
        _content = Path.Combine(_repo.Path, "content");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Each_image_lands_as_one_branch_with_one_commit_on_head_and_the_checkout_is_untouched()
    {
        var head = _repo.Git("rev-parse", "HEAD").Trim();

        var report = await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content, dryRun: false, CancellationToken.None);

        Assert.True(report.Git);
        Assert.Equal(ExpectedContent.ReportLines("Changed"), Updaters.Lines(report));
        Assert.Equal($"  {AlphaBranch}\n  {BetaBranch}\n* main\n", _repo.Git("branch", "--list"));

        // Each branch: one commit whose parent is HEAD, touching exactly its image's values.
        Assert.Equal(head, _repo.Git("rev-parse", AlphaBranch + "^").Trim());
        Assert.Equal(head, _repo.Git("rev-parse", BetaBranch + "^").Trim());
        Assert.Equal("content/Integrations/Beta/Beta.yml\ncontent/Scripts/Alpha/Alpha.yml\ncontent/Scripts/Gamma.yaml\n", _repo.Git("diff", "--name-only", head, AlphaBranch));
        Assert.Equal("content/Integrations/Beta/Beta.yml\ncontent/Scripts/Gamma.yaml\n", _repo.Git("diff", "--name-only", head, BetaBranch));
        Assert.Equal(ExpectedContent.AlphaUpdated, _repo.Git("cat-file", "blob", AlphaBranch + ":content/Scripts/Alpha/Alpha.yml"));
        Assert.Equal(ExpectedContent.BetaAlphaOnly, _repo.Git("cat-file", "blob", AlphaBranch + ":content/Integrations/Beta/Beta.yml"));
        Assert.Equal(ExpectedContent.GammaAlphaOnly, _repo.Git("cat-file", "blob", AlphaBranch + ":content/Scripts/Gamma.yaml"));
        Assert.Equal(ExpectedContent.BetaBetaOnly, _repo.Git("cat-file", "blob", BetaBranch + ":content/Integrations/Beta/Beta.yml"));
        Assert.Equal(ExpectedContent.GammaBetaOnly, _repo.Git("cat-file", "blob", BetaBranch + ":content/Scripts/Gamma.yaml"));

        Assert.Equal(
            "Update demisto/alpha to 1.0.0.10\n\nItems changed:\n" +
            "- Beta (content/Integrations/Beta/Beta.yml script.dockerimage: 1.0.0.2 -> 1.0.0.10)\n" +
            "- Beta (content/Integrations/Beta/Beta.yml script.alt_dockerimages[1]: 1.0.0.1 -> 1.0.0.10)\n" +
            "- Alpha (content/Scripts/Alpha/Alpha.yml dockerimage: 1.0.0.1 -> 1.0.0.10)\n" +
            "- Gamma (content/Scripts/Gamma.yaml alt_dockerimages[0]: 1.0.0.1 -> 1.0.0.10)\n",
            _repo.Git("log", "-1", "--format=%B", AlphaBranch).TrimEnd('\n') + "\n");
        Assert.Equal("Fixture Author <fixture@example.test>\n", _repo.Git("log", "-1", "--format=%an <%ae>", AlphaBranch));

        // The user's checkout: same branch, same commit, nothing staged or modified, files as they were.
        Assert.Equal("main\n", _repo.Git("rev-parse", "--abbrev-ref", "HEAD"));
        Assert.Equal(head, _repo.Git("rev-parse", "HEAD").Trim());
        Assert.Equal("", _repo.Git("status", "--porcelain"));
        ExpectedContent.AssertFolder(_repo.Folder, ContentFixtures.Alpha, ContentFixtures.Beta, ContentFixtures.Gamma, "content/");
        Assert.Single(_repo.Git("worktree", "list", "--porcelain").Split('\n'), line => line.StartsWith("worktree ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_run_reports_the_open_branches_as_already_proposed_and_makes_no_new_commit()
    {
        var updater = Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags));
        await updater.RunAsync(_content, dryRun: false, CancellationToken.None);
        var alphaCommit = _repo.Git("rev-parse", AlphaBranch);

        var second = await updater.RunAsync(_content, dryRun: false, CancellationToken.None);

        Assert.Equal(ExpectedContent.ReportLines("AlreadyProposed"), Updaters.Lines(second));
        Assert.Equal($"branch {AlphaBranch} already exists (not merged yet)", second.Entries[0].Detail);
        Assert.Equal(alphaCommit, _repo.Git("rev-parse", AlphaBranch));
        Assert.False(second.HasFailures);
    }

    [Fact]
    public async Task A_dry_run_in_a_repository_names_the_branches_and_creates_none()
    {
        var report = await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content, dryRun: true, CancellationToken.None);

        Assert.Equal(ExpectedContent.ReportLines("WouldChange"), Updaters.Lines(report));
        Assert.Equal($"would change: branch {AlphaBranch}", report.Entries[0].Detail);
        Assert.Equal("* main\n", _repo.Git("branch", "--list"));
        Assert.Equal("", _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task The_configured_author_signs_the_commits()
    {
        var options = new ContentUpdatesOptions { GitAuthorName = "ChatOps Updater", GitAuthorEmail = "updater@chatops.test" };

        await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags), options: options).RunAsync(_content, dryRun: false, CancellationToken.None);

        Assert.Equal("ChatOps Updater <updater@chatops.test> / ChatOps Updater <updater@chatops.test>\n",
            _repo.Git("log", "-1", "--format=%an <%ae> / %cn <%ce>", BetaBranch));
    }

    [Fact]
    public async Task Branches_start_from_the_committed_content_and_uncommitted_files_are_reported()
    {
        // A local edit of a committed file is the user's work in progress: branches start from HEAD, the edit stays.
        var edited = ContentFixtures.Alpha.Replace("tags: []", "tags: [wip]");
        _repo.Folder.Write("content/Scripts/Alpha/Alpha.yml", edited);
        _repo.Folder.Write("content/Scripts/New.yml", "name: New\ndockerimage: demisto/alpha:1.0.0.1\n");

        var report = await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content, dryRun: false, CancellationToken.None);

        Assert.Equal("Scripts/New.yml New dockerimage demisto/alpha:1.0.0.1 ->  Failed", Updaters.Lines(report)[^1]);
        Assert.Equal("not committed to git (HEAD): commit it so an update branch can include it", report.Entries[^1].Detail);
        Assert.Equal(ExpectedContent.AlphaUpdated, _repo.Git("cat-file", "blob", AlphaBranch + ":content/Scripts/Alpha/Alpha.yml"));
        Assert.Equal(edited, _repo.Folder.Read("content/Scripts/Alpha/Alpha.yml"));
        Assert.Equal(" M content/Scripts/Alpha/Alpha.yml\n?? content/Scripts/New.yml\n", _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task A_repository_without_a_commit_is_refused_with_what_to_do()
    {
        using var empty = new GitRepository();
        empty.Folder.Write("Alpha.yml", ContentFixtures.Alpha);

        var error = await Assert.ThrowsAsync<ContentUpdateException>(() =>
            Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(empty.Path, dryRun: false, CancellationToken.None));

        Assert.Contains("has no commit yet: commit the content first", error.Message);
        Assert.Equal(ContentFixtures.Alpha, empty.Folder.Read("Alpha.yml"));
    }
}
