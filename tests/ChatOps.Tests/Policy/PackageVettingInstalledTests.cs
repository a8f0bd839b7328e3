using ChatOps.Policy;
using ChatOps.Tests.Policy.Support;

namespace ChatOps.Tests.Policy;

public sealed class PackageVettingInstalledTests(PopularNamesFixture popularNames) : IClassFixture<PopularNamesFixture>, IDisposable
{
    private static readonly InstalledDistribution Requests = new("requests", "2.32.3", null, "Apache-2.0", ["License :: OSI Approved :: Apache Software License"]);
    private static readonly InstalledDistribution Urllib3 = new("urllib3", "1.26.4", "MIT", null, []);
    private static readonly InstalledDistribution Permissive = new("friendly-wrapper", "1.0.0", "MIT", null, []);
    private static readonly InstalledDistribution GplDependency = new("strict-core", "3.1", null, "GPLv3", ["License :: OSI Approved :: GNU General Public License v3 (GPLv3)"]);

    private readonly VettingFactory _factory = new(popularNames);

    [Fact]
    public async Task A_permissive_package_whose_dependency_is_GPL_is_refused_naming_the_dependency()
    {
        var report = await _factory.Create().VetInstalledAsync([Permissive, GplDependency], CancellationToken.None);

        Assert.True(report.Refused);
        var refused = Assert.Single(report.Findings, f => f.Refused);
        Assert.Equal("strict-core", refused.Package);
        Assert.Equal("3.1", refused.Version);
        Assert.Equal("GPLv3", refused.License);
        Assert.Equal(VettingVerdicts.Refused, refused.Verdict);
        Assert.Contains("GPL", refused.Reason);
        Assert.Equal(VettingVerdicts.Ok, report.Findings.Single(f => f.Package == "friendly-wrapper").Verdict);
    }

    [Fact]
    public async Task Every_installed_distribution_gets_a_row_with_version_licence_and_verdict()
    {
        var report = await _factory.Create().VetInstalledAsync([Urllib3, Requests], CancellationToken.None);

        Assert.False(report.Refused);
        Assert.Equal(
            [("requests", "2.32.3", "Apache-2.0", "ok"), ("urllib3", "1.26.4", "MIT", "ok")],
            report.Findings.Where(f => f.Version is not null).Select(f => (f.Package, f.Version!, f.License!, f.Verdict)).ToList());
    }

    [Fact]
    public async Task Without_an_advisory_source_the_report_says_the_check_was_not_done()
    {
        var report = await _factory.Create().VetInstalledAsync([Requests], CancellationToken.None);

        var advisory = report.Findings.Single(f => f.Package == "known vulnerabilities");
        Assert.Equal(VettingVerdicts.NotChecked, advisory.Verdict);
        Assert.False(advisory.Refused);
        Assert.Equal("check not done: no advisory source is configured", advisory.Reason);
    }

    [Fact]
    public async Task Affected_versions_are_reported_from_an_OSV_server_without_failing_the_build_by_default()
    {
        await using var osv = await FakeOsvServer.StartAsync(new Dictionary<(string, string), string[]>
        {
            [("urllib3", "1.26.4")] = ["GHSA-q2q7-5pp4-w6pg", "PYSEC-2021-108"],
            [("requests", "2.0.0")] = ["GHSA-not-this-version"],
        });
        _factory.Policy.AdvisoryUrl = osv.Url;

        var report = await _factory.Create().VetInstalledAsync([Requests, Urllib3], CancellationToken.None);

        Assert.False(report.Refused);
        var vulnerable = Assert.Single(report.Findings, f => f.Verdict == VettingVerdicts.Vulnerable);
        Assert.Equal("urllib3", vulnerable.Package);
        Assert.Equal("affected by GHSA-q2q7-5pp4-w6pg, PYSEC-2021-108; upgrade to a fixed version", vulnerable.Reason);
        Assert.Equal(2, osv.Queries.Count);
        var query = osv.Queries.Single(q => q["package"]!["name"]!.GetValue<string>() == "requests");
        Assert.Equal("PyPI", query["package"]!["ecosystem"]!.GetValue<string>());
        Assert.Equal("2.32.3", query["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Affected_versions_fail_the_build_when_configuration_says_so()
    {
        await using var osv = await FakeOsvServer.StartAsync(new Dictionary<(string, string), string[]> { [("urllib3", "1.26.4")] = ["GHSA-q2q7-5pp4-w6pg"] });
        _factory.Policy.AdvisoryUrl = osv.Url + "/";
        _factory.Policy.RefuseVulnerable = true;

        var report = await _factory.Create().VetInstalledAsync([Requests, Urllib3], CancellationToken.None);

        Assert.True(report.Refused);
        Assert.Equal("urllib3", Assert.Single(report.Findings, f => f.Refused).Package);
    }

    [Fact]
    public async Task No_affected_version_is_said_so()
    {
        await using var osv = await FakeOsvServer.StartAsync(new Dictionary<(string, string), string[]>());
        _factory.Policy.AdvisoryUrl = osv.Url;

        var report = await _factory.Create().VetInstalledAsync([Requests], CancellationToken.None);

        var advisory = report.Findings.Single(f => f.Package == "known vulnerabilities");
        Assert.Equal(VettingVerdicts.Ok, advisory.Verdict);
        Assert.Equal($"no advisory at {osv.Url} affects the installed versions", advisory.Reason);
    }

    [Fact]
    public async Task An_advisory_source_that_cannot_be_reached_is_reported_as_not_checked()
    {
        FakeOsvServer osv = await FakeOsvServer.StartAsync(new Dictionary<(string, string), string[]>());
        var url = osv.Url;
        await osv.DisposeAsync();
        _factory.Policy.AdvisoryUrl = url;

        var report = await _factory.Create().VetInstalledAsync([Requests], CancellationToken.None);

        Assert.False(report.Refused);
        var advisory = report.Findings.Single(f => f.Package == "known vulnerabilities");
        Assert.Equal(VettingVerdicts.NotChecked, advisory.Verdict);
        Assert.StartsWith($"check not done: {url}/v1/querybatch cannot be reached", advisory.Reason);
    }

    [Fact]
    public async Task An_advisory_source_that_is_not_OSV_is_reported_as_not_checked()
    {
        await using var index = await TinyPackageIndex.StartAsync(new Dictionary<string, string[]>());
        _factory.Policy.AdvisoryUrl = index.IndexUrl;

        var report = await _factory.Create().VetInstalledAsync([Requests], CancellationToken.None);

        Assert.Equal(VettingVerdicts.NotChecked, report.Findings.Single(f => f.Package == "known vulnerabilities").Verdict);
    }

    [Fact]
    public async Task The_formatter_puts_refusals_first_in_a_table_the_builder_can_yield()
    {
        var report = await _factory.Create().VetInstalledAsync([Permissive, GplDependency], CancellationToken.None);

        var table = VettingReportFormatter.ToTable(report);

        Assert.Equal("Due diligence: 1 refusal", table.Title);
        Assert.Equal(["package", "version", "license", "verdict", "reason"], table.Columns);
        Assert.Equal(["strict-core", "3.1", "GPLv3", "refused"], table.Rows[0].Take(4));
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal(5, row.Count));
    }

    [Fact]
    public void The_formatter_says_passed_when_nothing_is_refused()
    {
        var table = VettingReportFormatter.ToTable(VettingReport.Empty, "Checks");

        Assert.Equal("Checks: passed", table.Title);
        Assert.Empty(table.Rows);
    }

    public void Dispose() => _factory.Dispose();
}
