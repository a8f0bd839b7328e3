using ChatOps.App.Cli;
using ChatOps.Tests.ContentUpdates.Support;

namespace ChatOps.Tests.ContentUpdates;

public sealed class ContentCommandTests : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Update_images_with_a_relative_path_edits_that_folder_and_exits_0()
    {
        ContentFixtures.WriteAll(_work, "repo/content/");
        await using var services = AppServices.Build(Path.Combine(_work.Path, "configured-elsewhere"), new FakeImageEngine(ContentFixtures.EngineTags));

        var (exit, output, errors) = await RunAsync(services, "update-images", "--path", "repo/content");

        Assert.Equal((0, ""), (exit, errors));
        ExpectedContent.AssertFolder(_work, ExpectedContent.AlphaUpdated, ExpectedContent.BetaUpdated, ExpectedContent.GammaUpdated, "repo/content/");
        Assert.StartsWith($"dockerimage tags in {Path.Combine(_work.Path, "repo/content")}\nFILE ", output);
        Assert.Matches(@"\nScripts/Alpha/Alpha\.yml +Alpha +dockerimage +demisto/alpha +1\.0\.0\.1 +1\.0\.0\.10 +changed +edited in place\n", output);
        Assert.EndsWith("7 changed, 1 current, 1 opted out, 1 outside allowed orgs\n", output);
    }

    [Fact]
    public async Task Dry_run_on_the_configured_folder_prints_the_plan_and_changes_nothing()
    {
        ContentFixtures.WriteAll(_work);
        await using var services = AppServices.Build(_work.Path, new FakeImageEngine(ContentFixtures.EngineTags));

        var (exit, output, _) = await RunAsync(services, "update-images", "--dry-run");

        Assert.Equal(0, exit);
        Assert.StartsWith($"Dry run: dockerimage tags in {_work.Path}\n", output);
        ExpectedContent.AssertFolder(_work, ContentFixtures.Alpha, ContentFixtures.Beta, ContentFixtures.Gamma);
    }

    [Fact]
    public async Task A_value_that_failed_makes_the_exit_status_1()
    {
        _work.Write("Latest.yml", "name: Latest\ndockerimage: demisto/alpha:latest\n");
        await using var services = AppServices.Build(_work.Path, new FakeImageEngine(ContentFixtures.EngineTags));

        var (exit, output, _) = await RunAsync(services, "update-images");

        Assert.Equal(1, exit);
        Assert.EndsWith("1 failed\n", output);
    }

    [Fact]
    public async Task A_configured_folder_that_does_not_exist_exits_1_with_the_reason()
    {
        var missing = Path.Combine(_work.Path, "missing");
        await using var services = AppServices.Build(missing, new FakeImageEngine());

        var (exit, output, errors) = await RunAsync(services, "update-images");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"chatops content: the content folder {missing} does not exist. Set Content:Folder (or pass --path DIR to chatops content).\n", errors);
    }

    [Theory]
    [InlineData("chatops content: no subcommand given.")]
    [InlineData("chatops content: unknown subcommand 'update'.", "update")]
    [InlineData("chatops content: unexpected argument '--force'.", "update-images", "--force")]
    [InlineData("chatops content: --path needs a directory after it.", "update-images", "--path")]
    [InlineData("chatops content: --path needs a directory after it.", "update-images", "--path", "--dry-run")]
    [InlineData("chatops content: unexpected argument '--dry-run'.", "update-images", "--dry-run", "--dry-run")]
    public async Task Usage_errors_exit_2_with_what_was_wrong_and_the_usage(string message, params string[] args)
    {
        await using var services = AppServices.Build(_work.Path, new FakeImageEngine());

        var (exit, output, errors) = await RunAsync(services, args);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"{message}\n{ContentCommand.Usage}\n", errors);
    }

    [Fact]
    public async Task A_path_that_is_not_a_directory_is_a_usage_error()
    {
        await using var services = AppServices.Build(_work.Path, new FakeImageEngine());

        var (exit, _, errors) = await RunAsync(services, "update-images", "--path", "no/such/dir");

        Assert.Equal(2, exit);
        Assert.Equal($"chatops content: --path {Path.Combine(_work.Path, "no/such/dir")} is not a directory.\n", errors);
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(IServiceProvider services, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        var exit = await ContentCommand.RunAsync(services, args, _work.Path, output, errors, CancellationToken.None);
        return (exit, output.ToString(), errors.ToString());
    }
}
