using ChatOps.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Policy.OsPackages;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;
using ChatOps.Tests.Policy.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Images;

/// <summary>
/// Issue 16: OS package names are exact. Through the real create handler, real vetting and the real engine, names
/// that apt or apk would read as a pattern are refused before any container starts, naming the rule.
/// </summary>
public sealed class OsPackageNameTests
{
    private const string BaseImage = "demisto/python3-deb:3.11.2.1";

    [Theory]
    [InlineData("wget*")]
    [InlineData("wge?")]
    [InlineData("[w]get")]
    [InlineData("wget>1.0")]
    [InlineData("wget<2")]
    [InlineData("wget~1.21")]
    [InlineData("wget@edge")]
    [InlineData("!wget")]
    [InlineData("cmd:wget")]
    [InlineData("so:libc.musl-x86_64.so.1")]
    [InlineData("-wget")]
    [InlineData("w")]
    public async Task A_glob_or_an_apk_form_is_refused_by_the_name_rule_and_no_container_starts(string asked)
    {
        var refusal = await RefusalWithoutAnyContainerAsync(new OsPackage(asked, null));

        Assert.Contains($"package '{asked}' is not an OS package name: a package is one exact name of lower-case letters, digits, '+', '-' and '.'", refusal);
    }

    [Theory]
    [InlineData("1.21*")]
    [InlineData(">1.0")]
    [InlineData("~1.21")]
    [InlineData("1.21 wget")]
    public async Task A_version_pattern_or_range_is_refused_by_the_version_rule_and_no_container_starts(string version)
    {
        var refusal = await RefusalWithoutAnyContainerAsync(new OsPackage("wget", version));

        Assert.Contains($"package 'wget={version}': version '{version}' has characters a package version cannot have: an exact version", refusal);
    }

    [Fact]
    public async Task Names_apt_would_read_as_regular_expressions_are_refused_from_the_stored_index_and_no_container_starts()
    {
        var runner = (CountingImageCommandRunner?)null;
        await using var bed = CreateBed(r => runner = r);
        // The bot reads the base's index once; every create after that is checked from it.
        Assert.Empty(await bed.Get<OsPackageIndex>().FindProblemsAsync(BaseImage, [new OsPackage("wget", null)], CancellationToken.None));
        Assert.Equal(1, runner!.Runs);

        foreach (var asked in new[] { "wge.", "a.+", "xt.rm" })
        {
            var name = bed.NewName("regex");
            var replies = await bed.RunAsync(new CreateImageCommand(name, [], [new OsPackage(asked, null)], null, false));

            var error = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(replies)));
            Assert.StartsWith($"demisto/{name} was not built: {asked}: not in the package index of {BaseImage}: no package is named exactly '{asked}' ({OsPackageCatalog.Rule})", error.Message);
            Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
        }
        Assert.Equal(1, runner.Runs);
    }

    /// <summary>The create's only reply, an error, after checking that no container of any kind was asked for.</summary>
    private static async Task<string> RefusalWithoutAnyContainerAsync(OsPackage package)
    {
        var runner = (CountingImageCommandRunner?)null;
        await using var bed = CreateBed(r => runner = r);

        var replies = await bed.RunAsync(new CreateImageCommand(bed.NewName("pattern"), [], [package], null, false));

        Assert.Equal(0, runner!.Runs);
        return Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(replies))).Message;
    }

    private static ImagesTestBed CreateBed(Action<CountingImageCommandRunner> created) =>
        ImagesTestBed.Create(realVetting: true, configure: services => services.AddSingleton<IImageCommandRunner>(provider =>
        {
            var runner = new CountingImageCommandRunner(new EngineImageCommandRunner(provider.GetRequiredService<IOneShotRunner>(), provider.GetRequiredService<IImageEngine>(), provider.GetRequiredService<ChatOps.Images.ImageLabelSet>()));
            created(runner);
            return runner;
        }));
}
