using System.Net;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Policy.OsPackages;
using ChatOps.Tests.Images.Support;
using ChatOps.Tests.Policy.Support;

namespace ChatOps.Tests.Policy;

public sealed class PackageVettingRequestTests(PopularNamesFixture popularNames) : IClassFixture<PopularNamesFixture>, IDisposable
{
    private static readonly ImageReference Base = new("demisto/python3-deb", "3.11.2.1");

    private static readonly Dictionary<string, string[]> Projects = new()
    {
        ["requests"] = ["requests-2.32.3-py3-none-any.whl"],
        ["reqeusts"] = ["reqeusts-0.1-py3-none-any.whl"], // a squat that does exist, as real ones do
        ["mechanize"] = ["mechanize-0.4.10-py2.py3-none-any.whl"],
        ["typing-extensions"] = ["typing_extensions-4.12.2-py3-none-any.whl"],
        ["empty-project"] = [],
    };

    private readonly VettingFactory _factory = new(popularNames);

    private static CreateImageCommand Create(string[] dependencies, string[]? packages = null) => new(
        "example",
        dependencies.Select(d => new PythonRequirement(d, [], "")).ToList(),
        (packages ?? []).Select(p => p.Split('=') is [var name, var version] ? new OsPackage(name, version) : new OsPackage(p, null)).ToList(),
        Base,
        false);

    [Fact]
    public async Task Dependencies_on_the_index_with_popular_names_pass()
    {
        await using var index = await TinyPackageIndex.StartAsync(Projects);
        _factory.Images.IndexUrl = index.IndexUrl;

        var report = await _factory.Create().VetRequestAsync(Create(["requests", "mechanize", "Typing_Extensions"]), Base, CancellationToken.None);

        Assert.False(report.Refused);
        Assert.All(report.Findings, f => Assert.Equal(VettingVerdicts.Ok, f.Verdict));
        Assert.Equal("not a likely typo; on the index", report.Findings.Single(f => f.Package == "requests").Reason);
        Assert.Contains("/simple/typing-extensions/", index.Requested);
    }

    [Fact]
    public async Task Dependencies_missing_from_the_index_are_refused_together_in_one_finding()
    {
        await using var index = await TinyPackageIndex.StartAsync(Projects);
        _factory.Images.IndexUrl = index.IndexUrl + "/";

        var report = await _factory.Create().VetRequestAsync(Create(["requests", "acme-incident-tools", "empty-project", "zz-internal-parser"]), Base, CancellationToken.None);

        Assert.True(report.Refused);
        var missing = Assert.Single(report.Findings, f => f.Verdict == VettingVerdicts.Missing);
        Assert.Equal($"not on the index {index.IndexUrl}; check the spelling of each name.", missing.Reason);
        Assert.Equal("acme-incident-tools, empty-project, zz-internal-parser", missing.Package);
        Assert.Equal("not a likely typo", report.Findings.Single(f => f.Package == "acme-incident-tools").Reason);
    }

    [Fact]
    public async Task A_typo_squat_that_exists_on_the_index_is_refused_with_the_name_meant()
    {
        await using var index = await TinyPackageIndex.StartAsync(Projects);
        _factory.Images.IndexUrl = index.IndexUrl;

        var report = await _factory.Create().VetRequestAsync(Create(["reqeusts"]), Base, CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.Refused);
        Assert.Equal("reqeusts", finding.Package);
        Assert.Equal("looks like a typo: swapped letters from requests (#6 of the most downloaded PyPI packages); did you mean requests?", finding.Reason);
        Assert.Equal(("To use reqeusts on purpose, ask an admin to allow the name.", "To use reqeusts on purpose, add it to Policy:AllowedNames."),
            (finding.Remedy?.ForUser, finding.Remedy?.ForAdmin));
    }

    [Fact]
    public async Task A_name_allowed_by_configuration_passes_although_it_looks_like_a_typo()
    {
        await using var index = await TinyPackageIndex.StartAsync(Projects);
        _factory.Images.IndexUrl = index.IndexUrl;
        _factory.Policy.AllowedNames = ["Reqeusts"];

        var report = await _factory.Create().VetRequestAsync(Create(["reqeusts"]), Base, CancellationToken.None);

        Assert.False(report.Refused);
        Assert.Equal(VettingVerdicts.Allowed, Assert.Single(report.Findings).Verdict);
    }

    [Fact]
    public async Task An_index_that_answers_an_error_refuses_the_request_saying_the_check_could_not_be_done()
    {
        await using var index = await TinyPackageIndex.StartAsync(Projects, HttpStatusCode.InternalServerError);
        _factory.Images.IndexUrl = index.IndexUrl;

        var report = await _factory.Create().VetRequestAsync(Create(["requests"]), Base, CancellationToken.None);

        Assert.True(report.Refused);
        var finding = report.Findings.Single(f => f.Verdict == VettingVerdicts.NotChecked);
        Assert.StartsWith($"could not check that it exists: the index {index.IndexUrl} answered 500", finding.Reason);
        Assert.Equal("Check Images:IndexUrl and try again.", finding.Remedy?.ForAdmin);
        Assert.DoesNotContain("Images:", finding.Remedy?.ForUser);
    }

    [Fact]
    public async Task An_index_nobody_listens_on_refuses_the_request()
    {
        var port = FreePort.Next();
        _factory.Images.IndexUrl = $"http://127.0.0.1:{port}/simple";

        var report = await _factory.Create().VetRequestAsync(Create(["requests"]), Base, CancellationToken.None);

        Assert.True(report.Refused);
        Assert.Contains("cannot be reached", report.Findings.Single(f => f.Verdict == VettingVerdicts.NotChecked).Reason);
    }

    [Fact]
    public async Task OS_packages_not_in_the_index_as_written_are_refused_one_by_one_saying_what_to_write_instead()
    {
        var runner = FakeImageCommandRunner.WithIndex("P\twget\t1.21.3-1+deb12u1", "P\tcurl\t7.88.1-10+deb12u8", "P\tperl-base\t5.36.0-7+deb12u1", "V\tperlapi-5.36.0\tperl-base");
        _factory.Runner = runner;

        var report = await _factory.Create().VetRequestAsync(Create([], ["wget", "definitely-not-a-package-xyz", "curl=0.0.1", "perlapi-5.36.0"]), Base, CancellationToken.None);

        Assert.True(report.Refused);
        Assert.Equal(
            [
                "definitely-not-a-package-xyz: not in the package index of demisto/python3-deb:3.11.2.1: no package is named exactly 'definitely-not-a-package-xyz' ("
                    + OsPackageCatalog.Rule + "); check the name with apt-cache policy NAME or apk search -x NAME",
                "curl=0.0.1: not in the package index of demisto/python3-deb:3.11.2.1: curl has no version 0.0.1 in the index; it has 7.88.1-10+deb12u8: "
                    + "write packages=curl=7.88.1-10+deb12u8, or packages=curl for the one apt or apk picks",
                "perlapi-5.36.0: not in the package index of demisto/python3-deb:3.11.2.1: perlapi-5.36.0 is a virtual package, provided by perl-base; name the package itself (packages=perl-base)",
            ],
            report.Findings.Where(f => f.Refused).Select(f => $"{f.Package}: {f.Reason}"));
        Assert.Equal("wget", report.Findings.Single(f => !f.Refused).Package);
        // The names asked for never reach the container: it only prints the whole index, the look-up happens here.
        var (image, argv) = Assert.Single(runner.Runs);
        Assert.Equal("sha256:demisto/python3-deb:3.11.2.1", image);
        Assert.Equal(["sh", "-c", OsPackageIndexReader.Script], argv);
    }

    [Theory]
    [InlineData("wge.", "wget")]
    [InlineData("a.+", "apt")]
    [InlineData("xt.rm", "xterm")]
    [InlineData("wget-", "wget")]
    public async Task A_name_that_would_match_as_a_regular_expression_or_an_apt_modifier_is_refused_because_it_is_not_verbatim_in_the_index(string asked, string meant)
    {
        _factory.Runner = FakeImageCommandRunner.WithIndex("P\twget\t1.21.3-1+deb12u1", "P\tapt\t2.6.1", "P\txterm\t379-1", "P\tadduser\t3.134");

        var report = await _factory.Create().VetRequestAsync(Create([], [asked]), Base, CancellationToken.None);

        var refused = Assert.Single(report.Findings, f => f.Refused);
        Assert.Equal(asked, refused.Package);
        Assert.StartsWith($"not in the package index of demisto/python3-deb:3.11.2.1: no package is named exactly '{asked}' (an OS package is one exact name from the base image's package index (never a pattern", refused.Reason);
        Assert.Contains($"did you mean {meant}", refused.Reason);
    }

    [Fact]
    public async Task The_index_is_read_once_per_base_image_and_a_restarted_bot_answers_from_the_stored_copy()
    {
        var runner = FakeImageCommandRunner.WithIndex("P\twget\t1.21.3-1+deb12u1", "P\tjq\t1.6-2.1+deb12u2");
        _factory.Runner = runner;

        var first = await _factory.Create().VetRequestAsync(Create([], ["wget"]), Base, CancellationToken.None);
        var second = await _factory.Create().VetRequestAsync(Create([], ["jq", "wget=1.21.3-1+deb12u1"]), Base, CancellationToken.None);

        Assert.False(first.Refused);
        Assert.False(second.Refused);
        Assert.Single(runner.Runs);
    }

    [Fact]
    public async Task A_missing_name_reads_an_index_old_enough_again_and_finds_a_package_new_on_the_mirror()
    {
        var reads = 0;
        var runner = new FakeImageCommandRunner((_, _) => new ImageCommandResult(0, ++reads == 1 ? "P\twget\t1\nend\n" : "P\twget\t1\nP\tjq\t1.6\nend\n", ""));
        _factory.Runner = runner;
        _factory.Policy.OsPackageIndexMissRefreshAfter = TimeSpan.Zero;
        var index = _factory.CreateOsPackageIndex();

        Assert.Empty(await index.FindProblemsAsync("demisto/python3-deb:3.11.2.1", [new OsPackage("wget", null)], CancellationToken.None));
        Assert.Empty(await index.FindProblemsAsync("demisto/python3-deb:3.11.2.1", [new OsPackage("jq", null)], CancellationToken.None));
        Assert.Equal(2, runner.Runs.Count);
    }

    [Fact]
    public async Task A_missing_name_does_not_read_a_young_index_again()
    {
        var runner = FakeImageCommandRunner.WithIndex("P\twget\t1.21.3-1+deb12u1");
        _factory.Runner = runner;
        var index = _factory.CreateOsPackageIndex();

        for (var attempt = 0; attempt < 3; attempt++)
            Assert.Single(await index.FindProblemsAsync("demisto/python3-deb:3.11.2.1", [new OsPackage("wge.", null)], CancellationToken.None));
        Assert.Single(runner.Runs);
    }

    [Fact]
    public async Task Checks_of_one_base_image_at_the_same_time_read_its_index_once()
    {
        var release = new TaskCompletionSource();
        var runs = 0;
        var runner = new FakeImageCommandRunner((_, _) =>
        {
            Interlocked.Increment(ref runs);
            release.Task.Wait(TimeSpan.FromSeconds(10));
            return new ImageCommandResult(0, "P\twget\t1\nend\n", "");
        });
        _factory.Runner = runner;
        var index = _factory.CreateOsPackageIndex();

        var checks = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => index.FindProblemsAsync("demisto/python3-deb:3.11.2.1", [new OsPackage("wget", null)], CancellationToken.None)))
            .ToList();
        await Task.Delay(200);
        release.SetResult();
        var answers = await Task.WhenAll(checks);

        Assert.All(answers, Assert.Empty);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_base_image_whose_package_index_cannot_be_read_refuses_the_OS_packages()
    {
        _factory.Runner = new FakeImageCommandRunner((_, _) => new ImageCommandResult(3, "", ""));

        var report = await _factory.Create().VetRequestAsync(Create([], ["wget"]), Base, CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.Refused);
        Assert.Equal("could not check that it exists: demisto/python3-deb:3.11.2.1 could not read its package index (apt-get/apk update failed: is its mirror reachable?).", finding.Reason);
    }

    [Fact]
    public async Task An_index_cut_short_is_not_taken_for_a_small_index()
    {
        _factory.Runner = new FakeImageCommandRunner((_, _) => new ImageCommandResult(0, "P\twget\t1\n", ""));

        var report = await _factory.Create().VetRequestAsync(Create([], ["wget"]), Base, CancellationToken.None);

        Assert.Equal("could not check that it exists: demisto/python3-deb:3.11.2.1 printed an incomplete package index; try again.", Assert.Single(report.Findings).Reason);
    }

    [Fact]
    public async Task No_container_is_run_when_there_are_no_OS_packages()
    {
        var runner = FakeImageCommandRunner.WithIndex();
        _factory.Runner = runner;

        var report = await _factory.Create().VetRequestAsync(Create([]), Base, CancellationToken.None);

        Assert.Empty(report.Findings);
        Assert.Empty(runner.Runs);
    }

    [Fact]
    public async Task A_base_image_of_another_organisation_is_refused_and_never_run()
    {
        var runner = FakeImageCommandRunner.WithIndex();
        _factory.Runner = runner;
        var foreign = new ImageReference("evil/python3-deb", "3.11.2.1");

        var report = await _factory.Create().VetRequestAsync(Create([], ["wget"]) with { Base = foreign }, foreign, CancellationToken.None);

        Assert.True(report.Refused);
        Assert.Contains(report.Findings, f => f.Refused && f.Reason.Contains("belongs to organisation \"evil\""));
        Assert.Empty(runner.Runs);
    }

    public void Dispose() => _factory.Dispose();
}
