using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using Docker.DotNet.Models;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Policy;

/// <summary>The real engine: short-lived containers of the default base image, labelled, removed after.</summary>
public sealed class EngineImageCommandRunnerTests : IDisposable
{
    private const string BaseImage = "demisto/python3-deb:3.11.2.1";

    private readonly DockerClientProvider _docker = new(MsOptions.Create(new DockerOptions()));

    // A prefix of this test's own, so the check for leftovers sees only the containers this test made.
    private readonly string _namePrefix = $"chatops-vetting-test-{Guid.NewGuid():N}-";

    [Fact]
    public async Task A_command_runs_with_its_argv_untouched_by_a_shell()
    {
        var runner = NewRunner();

        var result = await runner.RunAsync(BaseImage, ["python3", "-c", "import sys; print(sys.argv[1:]); sys.exit(7)", "$(id)", "a b;c"], TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal(7, result.ExitCode);
        Assert.Equal("['$(id)', 'a b;c']", result.Output.Trim());
        Assert.Empty(await VettingContainersAsync());
    }

    [Fact]
    public async Task The_distributions_installed_in_the_base_image_are_read_and_all_carry_approved_licences()
    {
        var runner = NewRunner();
        using var factory = new Support.VettingFactory(new Support.PopularNamesFixture());
        var vetting = factory.Create();

        var result = await runner.RunAsync(BaseImage, InstalledDistributionsProbe.Argv, TimeSpan.FromSeconds(60), CancellationToken.None);
        var installed = InstalledDistributionsProbe.Parse(result.Output);
        var report = await vetting.VetInstalledAsync(installed, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(installed, d => d.Name == "pip" && d.Classifiers.Contains("License :: OSI Approved :: MIT License"));
        Assert.False(report.Refused, string.Join("\n", report.Findings.Select(f => $"{f.Package} {f.License} {f.Reason}")));
    }

    [Fact]
    public async Task The_labelled_container_exists_while_the_command_runs_and_is_removed_after()
    {
        var runner = NewRunner();

        var run = runner.RunAsync(BaseImage, ["sleep", "3"], TimeSpan.FromSeconds(60), CancellationToken.None);
        var seen = 0;
        for (var attempt = 0; attempt < 60 && seen == 0 && !run.IsCompleted; attempt++)
        {
            seen = (await VettingContainersAsync()).Count;
            if (seen == 0) await Task.Delay(100);
        }
        var result = await run;

        Assert.Equal(1, seen);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(await VettingContainersAsync());
    }

    [Fact]
    public async Task A_command_that_outlives_its_timeout_is_stopped_and_its_container_removed()
    {
        var runner = NewRunner();

        var exception = await Assert.ThrowsAsync<EngineOperationException>(() =>
            runner.RunAsync(BaseImage, ["sleep", "60"], TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.Equal($"The command in {BaseImage} did not finish within 2 s and was stopped.", exception.Message);
        Assert.Empty(await VettingContainersAsync());
    }

    [Fact]
    public async Task A_missing_image_is_reported_in_words()
    {
        var runner = NewRunner();

        var exception = await Assert.ThrowsAsync<EngineOperationException>(() =>
            runner.RunAsync("demisto/not-present-anywhere:0.0.0.1", ["true"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal("The image demisto/not-present-anywhere:0.0.0.1 is not on the engine; pull or build it first.", exception.Message);
    }

    private EngineImageCommandRunner NewRunner() =>
        new(new DockerOneShotRunner(_docker), new DockerImageEngine(_docker), new ImageLabelSet(MsOptions.Create(new ImagesOptions()))) { NamePrefix = _namePrefix };

    private async Task<IList<ContainerListResponse>> VettingContainersAsync() =>
        await _docker.Client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [ManagedLabels.Filter(ManagedLabels.Role, ManagedLabels.PackageVetting)] = true },
                ["name"] = new Dictionary<string, bool> { [_namePrefix] = true },
            },
        });

    public void Dispose() => _docker.Dispose();
}
