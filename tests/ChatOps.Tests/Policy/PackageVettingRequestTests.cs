using System.Net;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Tests.Images.Support;
using ChatOps.Tests.Policy.Support;

namespace ChatOps.Tests.Policy;

public sealed class PackageVettingRequestTests(PopularNamesFixture popularNames) : IClassFixture<PopularNamesFixture>
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
        Assert.Equal($"Not on the index {index.IndexUrl}: acme-incident-tools, empty-project, zz-internal-parser. Check the spelling of each name.", missing.Reason);
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
        Assert.StartsWith("reqeusts looks like a typo: swapped letters from requests (#6 of the most downloaded PyPI packages); did you mean requests?", finding.Reason);
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
        Assert.StartsWith($"Could not check that the dependencies exist: the index {index.IndexUrl} answered 500", finding.Reason);
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
    public async Task OS_packages_missing_from_the_base_are_named_in_one_refusal_and_passed_as_arguments()
    {
        var runner = FakeImageCommandRunner.Missing("definitely-not-a-package-xyz", "curl=0.0.1");
        _factory.Runner = runner;

        var report = await _factory.Create().VetRequestAsync(Create([], ["wget", "definitely-not-a-package-xyz", "curl=0.0.1"]), Base, CancellationToken.None);

        Assert.True(report.Refused);
        var missing = Assert.Single(report.Findings, f => f.Refused);
        Assert.Equal("Not in the package index of demisto/python3-deb:3.11.2.1: definitely-not-a-package-xyz, curl=0.0.1. Check each name (and version) with apt-cache search or apk search.", missing.Reason);
        Assert.Equal("wget", report.Findings.Single(f => !f.Refused).Package);
        var (image, argv) = Assert.Single(runner.Runs);
        Assert.Equal("demisto/python3-deb:3.11.2.1", image);
        Assert.Equal(["sh", "-c", OsPackageIndex.Script, "sh", "wget", "definitely-not-a-package-xyz", "curl=0.0.1"], argv);
    }

    [Fact]
    public async Task A_base_image_whose_package_index_cannot_be_read_refuses_the_OS_packages()
    {
        _factory.Runner = new FakeImageCommandRunner((_, _) => new ImageCommandResult(3, "", ""));

        var report = await _factory.Create().VetRequestAsync(Create([], ["wget"]), Base, CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.Refused);
        Assert.Equal("Could not check that the OS packages exist: demisto/python3-deb:3.11.2.1 could not read its package index (apt-get/apk update failed: is its mirror reachable?).", finding.Reason);
    }

    [Fact]
    public async Task No_container_is_run_when_there_are_no_OS_packages()
    {
        var runner = FakeImageCommandRunner.Missing();
        _factory.Runner = runner;

        var report = await _factory.Create().VetRequestAsync(Create([]), Base, CancellationToken.None);

        Assert.Empty(report.Findings);
        Assert.Empty(runner.Runs);
    }

    [Fact]
    public async Task A_base_image_of_another_organisation_is_refused_and_never_run()
    {
        var runner = FakeImageCommandRunner.Missing();
        _factory.Runner = runner;
        var foreign = new ImageReference("evil/python3-deb", "3.11.2.1");

        var report = await _factory.Create().VetRequestAsync(Create([], ["wget"]) with { Base = foreign }, foreign, CancellationToken.None);

        Assert.True(report.Refused);
        Assert.Contains(report.Findings, f => f.Refused && f.Reason.Contains("belongs to organisation \"evil\""));
        Assert.Empty(runner.Runs);
    }
}
