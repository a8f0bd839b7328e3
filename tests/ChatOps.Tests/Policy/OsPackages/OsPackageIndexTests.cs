using System.Diagnostics;
using System.Text.RegularExpressions;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Policy.OsPackages;
using ChatOps.Storage;
using ChatOps.Tests.Policy.Support;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Policy.OsPackages;

/// <summary>The real engine, the real Debian mirror and a real SQLite file: the default base image's index, read once.</summary>
public sealed class OsPackageIndexTests : IDisposable
{
    private const string BaseImage = "demisto/python3-deb:3.11.2.1";

    private readonly DockerClientProvider _docker = new(MsOptions.Create(new DockerOptions()));
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-os-index-").FullName;

    [Fact]
    public async Task The_real_index_has_wget_and_its_version_but_not_the_patterns_and_a_restarted_bot_checks_in_milliseconds_without_a_container()
    {
        var runner = new CountingImageCommandRunner(new EngineImageCommandRunner(new DockerOneShotRunner(_docker), new DockerImageEngine(_docker), new ChatOps.Images.ImageLabelSet(MsOptions.Create(new ImagesOptions()))) { NamePrefix = $"chatops-vetting-test-{Guid.NewGuid():N}-" });

        var wrongVersion = await Create(runner).FindProblemsAsync(BaseImage, [new OsPackage("wget", null), new OsPackage("wget", "0.0.0-not-a-version")], CancellationToken.None);

        // The refusal's own advice is followed: the version it offers is one the index has.
        var problem = Assert.Single(wrongVersion);
        var offered = Regex.Match(problem.Reason, @"write packages=wget=(\S+),").Groups[1].Value;
        Assert.NotEmpty(offered);
        Assert.Equal(1, runner.Runs);

        var restarted = Create(runner);
        var clock = Stopwatch.StartNew();
        var patterns = await restarted.FindProblemsAsync(BaseImage,
            [new OsPackage("wge.", null), new OsPackage("a.+", null), new OsPackage("xt.rm", null), new OsPackage("wget", offered), new OsPackage("python3", null)],
            CancellationToken.None);
        clock.Stop();

        Assert.Equal(["wge.", "a.+", "xt.rm"], patterns.Select(p => p.Package.Name));
        Assert.All(patterns, p => Assert.StartsWith($"no package is named exactly '{p.Package.Name}' ({OsPackageCatalog.Rule})", p.Reason));
        Assert.Contains("did you mean wget", patterns[0].Reason);
        Assert.Equal(1, runner.Runs);
        // Loading the stored index (4 MB of lines) and parsing it once is most of this; the look-ups are microseconds.
        Assert.True(clock.ElapsedMilliseconds < 2000, $"the check from the stored index took {clock.ElapsedMilliseconds} ms");

        var warm = Stopwatch.StartNew();
        await restarted.FindProblemsAsync(BaseImage, [new OsPackage("wget", null)], CancellationToken.None);
        Assert.True(warm.ElapsedMilliseconds < 250, $"a check of a loaded index took {warm.ElapsedMilliseconds} ms");
    }

    private OsPackageIndex Create(IImageCommandRunner runner)
    {
        var policy = MsOptions.Create(new PolicyOptions());
        return new OsPackageIndex(runner, new OsPackageIndexReader(runner, policy),
            new OsPackageIndexStore(new Database(MsOptions.Create(new StorageOptions { Folder = _folder }))), TimeProvider.System, policy);
    }

    public void Dispose()
    {
        _docker.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
