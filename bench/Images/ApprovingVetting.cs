using ChatOps.Parsers.Commands;
using ChatOps.Policy;

namespace ChatOps.Bench.Images;

/// <summary>The bench measures building, not vetting: every request passes (the wheels are the bench's own).</summary>
internal sealed class ApprovingVetting : IPackageVetting
{
    public Task<VettingReport> VetRequestAsync(CreateImageCommand request, ImageReference baseImage, CancellationToken cancellationToken) => Task.FromResult(VettingReport.Empty);

    public Task<VettingReport> VetInstalledAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken) => Task.FromResult(VettingReport.Empty);
}
