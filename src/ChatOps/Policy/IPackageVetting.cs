using ChatOps.Parsers.Commands;

namespace ChatOps.Policy;

/// <summary>
/// Due diligence the image builder asks for (issue 7): before a build, on what was requested (typo-squats,
/// existence on the index and in the base's package lists, allowed images); after pip installed, on what
/// really got installed (licenses, advisories). The builder refuses or fails the build when a report has a refusal.
/// </summary>
public interface IPackageVetting
{
    Task<VettingReport> VetRequestAsync(CreateImageCommand request, ImageReference baseImage, CancellationToken cancellationToken);

    Task<VettingReport> VetInstalledAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken);
}
