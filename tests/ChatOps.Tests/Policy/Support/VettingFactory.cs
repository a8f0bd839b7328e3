using ChatOps.Options;
using ChatOps.Policy;
using ChatOps.Policy.OsPackages;
using ChatOps.Storage;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Policy.Support;

/// <summary>
/// Builds a PackageVetting from its real parts, with the options, index, advisory server and runner a test chooses;
/// OS package indexes are stored in a real SQLite file of a fresh folder per factory.
/// </summary>
internal sealed class VettingFactory(PopularNamesFixture popularNames) : IDisposable
{
    public PolicyOptions Policy { get; } = new() { RequestTimeout = TimeSpan.FromSeconds(5) };

    // AllowedOrgs set explicitly: on main the property starts empty and AddWarRoom fills in the default.
    public ImagesOptions Images { get; } = new() { IndexUrl = "http://127.0.0.1:9/simple", AllowedOrgs = ["demisto"] };

    public IImageCommandRunner Runner { get; set; } = FakeImageCommandRunner.WithIndex("P\twget\t1.21.3-1+deb12u1");

    private readonly Lazy<StorageOptions> _storage = new(() => new StorageOptions { Folder = Directory.CreateTempSubdirectory("chatops-vetting-").FullName });

    public PackageVetting Create() => Create(CreateOsPackageIndex());

    public PackageVetting Create(OsPackageIndex osPackages)
    {
        var policy = MsOptions.Create(Policy);
        var images = MsOptions.Create(Images);
        return new PackageVetting(
            new ImagePolicy(images),
            new Lazy<TypoSquatDetector>(() => popularNames.Detector),
            new PackageIndexClient(new HttpClient { Timeout = Policy.RequestTimeout }, images),
            osPackages,
            new LicenseClassifier(policy),
            new AdvisoryClient(new HttpClient { Timeout = Policy.RequestTimeout }, policy),
            policy);
    }

    public OsPackageIndex CreateOsPackageIndex()
    {
        var policy = MsOptions.Create(Policy);
        return new OsPackageIndex(Runner, new OsPackageIndexReader(Runner, policy), new OsPackageIndexStore(new Database(MsOptions.Create(_storage.Value))), TimeProvider.System, policy);
    }

    public void Dispose()
    {
        if (_storage.IsValueCreated) Directory.Delete(_storage.Value.Folder, recursive: true);
    }
}
