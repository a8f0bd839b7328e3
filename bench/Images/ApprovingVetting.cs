using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Policy.OsPackages;

namespace ChatOps.Bench.Images;

/// <summary>
/// The bench measures building, not Python vetting: every dependency passes (the wheels are the bench's own). OS
/// packages do go through the bot's real index check, because issue 16 is about what that check costs a create.
/// </summary>
internal sealed class ApprovingVetting(OsPackageIndex osPackages) : IPackageVetting
{
    public async Task<VettingReport> VetRequestAsync(CreateImageCommand request, ImageReference baseImage, CancellationToken cancellationToken)
    {
        var problems = await osPackages.FindProblemsAsync(baseImage.ToString(), request.Packages, cancellationToken);
        if (problems.Count > 0) throw new InvalidOperationException($"the bench's packages are not in {baseImage}'s index: {string.Join("; ", problems.Select(p => p.Reason))}");
        return VettingReport.Empty;
    }

    public Task<VettingReport> VetInstalledAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken) => Task.FromResult(VettingReport.Empty);
}
