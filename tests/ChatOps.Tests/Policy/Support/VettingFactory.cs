using ChatOps.Options;
using ChatOps.Policy;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Policy.Support;

/// <summary>Builds a PackageVetting from its real parts, with the options, index, advisory server and runner a test chooses.</summary>
internal sealed class VettingFactory(PopularNamesFixture popularNames)
{
    public PolicyOptions Policy { get; } = new() { RequestTimeout = TimeSpan.FromSeconds(5) };

    // AllowedOrgs set explicitly: on main the property starts empty and AddWarRoom fills in the default.
    public ImagesOptions Images { get; } = new() { IndexUrl = "http://127.0.0.1:9/simple", AllowedOrgs = ["demisto"] };

    public IImageCommandRunner Runner { get; set; } = FakeImageCommandRunner.Missing();

    public PackageVetting Create()
    {
        var policy = MsOptions.Create(Policy);
        var images = MsOptions.Create(Images);
        return new PackageVetting(
            new ImagePolicy(images),
            popularNames.Detector,
            new PackageIndexClient(new HttpClient { Timeout = Policy.RequestTimeout }, images),
            new OsPackageIndex(Runner, policy),
            new LicenseClassifier(policy),
            new AdvisoryClient(new HttpClient { Timeout = Policy.RequestTimeout }, policy),
            policy);
    }
}
