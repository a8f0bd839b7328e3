using System.Collections.Concurrent;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;

namespace ChatOps.Tests.Images.Support;

/// <summary>Records what the builder asked to vet, and refuses what the test tells it to.</summary>
public sealed class FakePackageVetting : IPackageVetting
{
    private readonly ConcurrentQueue<CreateImageCommand> _requests = new();
    private readonly ConcurrentQueue<IReadOnlyList<InstalledDistribution>> _installed = new();

    public IReadOnlyList<CreateImageCommand> Requests => _requests.ToList();

    public IReadOnlyList<IReadOnlyList<InstalledDistribution>> Installed => _installed.ToList();

    /// <summary>A request naming this dependency is refused before anything is built.</summary>
    public string? RefuseRequestedDependency { get; set; }

    /// <summary>An installed distribution with this license (License field) is refused after pip ran.</summary>
    public string? RefuseInstalledLicense { get; set; }

    public Task<VettingReport> VetRequestAsync(CreateImageCommand request, ImageReference baseImage, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        var findings = request.Dependencies
            .Where(d => d.Name == RefuseRequestedDependency)
            .Select(d => new VettingFinding(d.Name, null, null, "refused", true, "a likely typo of a popular package"))
            .ToList();
        return Task.FromResult(new VettingReport(findings));
    }

    /// <summary>When set, vetting what was installed (the build is done, its staging tag exists) waits for this.</summary>
    public Task? HoldInstalled { get; set; }

    /// <summary>Completed when vetting of what was installed began (the staging tag exists from then on).</summary>
    public TaskCompletionSource InstalledVettingStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<VettingReport> VetInstalledAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken)
    {
        _installed.Enqueue(installed);
        InstalledVettingStarted.TrySetResult();
        if (HoldInstalled is { } hold) await hold.WaitAsync(cancellationToken);
        var findings = installed
            .Where(d => RefuseInstalledLicense is not null && d.License == RefuseInstalledLicense)
            .Select(d => new VettingFinding(d.Name, d.Version, d.License, "refused", true, $"license {d.License} is not permissive"))
            .ToList();
        return new VettingReport(findings);
    }
}
