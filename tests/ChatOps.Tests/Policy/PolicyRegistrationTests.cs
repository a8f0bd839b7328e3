using ChatOps.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Policy;

public sealed class PolicyRegistrationTests
{
    [Fact]
    public async Task AddPackageVetting_binds_the_Policy_section_and_resolves_a_working_vetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Policy:AllowedNames:0"] = "reqeusts",
            ["Policy:ApprovedLicenses:0"] = "MIT",
            ["Policy:LicenseExceptions:strict-core"] = "approved by legal",
            ["Policy:RefuseVulnerable"] = "true",
            ["Policy:RequestTimeout"] = "00:00:05",
        }).Build();
        using var provider = new ServiceCollection().AddWarRoom(configuration).AddPackageVetting(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PolicyOptions>>().Value;
        var vetting = provider.GetRequiredService<IPackageVetting>();
        var report = await vetting.VetInstalledAsync(
            [new InstalledDistribution("a", "1", "Apache-2.0", null, []), new InstalledDistribution("strict-core", "1", "GPL-3.0-only", null, [])],
            CancellationToken.None);

        Assert.Equal(["reqeusts"], options.AllowedNames);
        Assert.Equal(["MIT"], options.EffectiveApprovedLicenses);
        Assert.True(options.RefuseVulnerable);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        Assert.NotNull(provider.GetRequiredService<ImagePolicy>());
        Assert.Equal(VettingVerdicts.Refused, report.Findings.Single(f => f.Package == "a").Verdict); // Apache not in the configured list
        Assert.Equal(VettingVerdicts.Exception, report.Findings.Single(f => f.Package == "strict-core").Verdict);
    }
}
