using ChatOps.Parsers.Commands;
using ChatOps.Policy;

namespace ChatOps.Images;

/// <summary>
/// Stands in until a real IPackageVetting is registered (issue 7): fails closed, because an image built without
/// due diligence is exactly what the seeds forbid. Registered with TryAdd, so any real implementation wins.
/// </summary>
internal sealed class UnconfiguredPackageVetting : IPackageVetting
{
    private static readonly VettingReport NotVetted = new([new VettingFinding("(all)", null, null, "refused", true, "package vetting is not installed on this server")]);

    public Task<VettingReport> VetRequestAsync(CreateImageCommand request, ImageReference baseImage, CancellationToken cancellationToken) => Task.FromResult(NotVetted);

    public Task<VettingReport> VetInstalledAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken) => Task.FromResult(NotVetted);
}
