using ChatOps.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Policy.OsPackages;
using ChatOps.Replies;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy;

/// <summary>
/// Due diligence around every build (issue 7). Before: the base image is an allowed one, no dependency is a likely
/// typo of a popular distribution, every dependency exists on the index and every OS package in the base's package
/// index. After pip installed: every installed distribution, dependencies of dependencies included, carries an
/// approved licence, and known advisories are reported. Each part answers with findings; any refused finding
/// refuses the report.
/// </summary>
internal sealed class PackageVetting(
    ImagePolicy imagePolicy,
    Lazy<TypoSquatDetector> typos,
    PackageIndexClient index,
    OsPackageIndex osPackages,
    LicenseClassifier licenses,
    AdvisoryClient advisories,
    IOptions<PolicyOptions> options) : IPackageVetting
{
    /// <summary>Index look-ups at once: enough to hide latency, few enough not to hammer a small internal index.</summary>
    private const int IndexParallelism = 8;

    public async Task<VettingReport> VetRequestAsync(CreateImageCommand request, ImageReference baseImage, CancellationToken cancellationToken)
    {
        var findings = new List<VettingFinding>();
        if (imagePolicy.Check(baseImage, ImagePurpose.Base) is { } imageRefusal)
        {
            // The tag is part of the name already: a version column of its own would say it twice.
            findings.Add(new VettingFinding(baseImage.ToString(), null, null, VettingVerdicts.Refused, true, imageRefusal));
        }

        // The index and the base's OS index are asked at the same time: the first OS check of a base image reads its index.
        var missingDependencies = FindMissingDependenciesAsync(request.Dependencies, cancellationToken);
        var missingPackages = FindMissingOsPackagesAsync(baseImage, request.Packages, findings.Count == 0, cancellationToken);

        var missing = await missingDependencies;
        foreach (var dependency in request.Dependencies) findings.Add(VetName(dependency, missing.Names));
        if (missing.Refusal is not null) findings.Add(missing.Refusal);
        findings.AddRange(await missingPackages);
        return new VettingReport(findings);
    }

    public async Task<VettingReport> VetInstalledAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken)
    {
        var findings = new List<VettingFinding>();
        foreach (var distribution in installed.OrderBy(d => PackageName.Normalise(d.Name), StringComparer.Ordinal))
        {
            var verdict = licenses.Classify(distribution);
            var word = verdict.Status switch
            {
                LicenseStatus.Approved => VettingVerdicts.Ok,
                LicenseStatus.Excepted => VettingVerdicts.Exception,
                _ => VettingVerdicts.Refused,
            };
            findings.Add(new VettingFinding(distribution.Name, distribution.Version, verdict.License, word, verdict.Refused, verdict.Reason)
            {
                Remedy = verdict.Refused ? LicenceRemedy(distribution.Name) : null,
            });
        }
        findings.AddRange(await VetAdvisoriesAsync(installed, cancellationToken));
        return new VettingReport(findings);
    }

    /// <summary>What can be done about a licence the policy does not approve.</summary>
    private static Remedy LicenceRemedy(string name) => new(
        $"Choose another package than {name}, or ask an admin for a licence exception for it.",
        $"Choose another package than {name}, or add it to Policy:LicenseExceptions with the reason (or approve its licence in Policy:ApprovedLicenses).");

    private VettingFinding VetName(PythonRequirement dependency, IReadOnlySet<string> missing)
    {
        var name = PackageName.Normalise(dependency.Name);
        var found = missing.Contains(name) ? "" : "; on the index";
        if (options.Value.AllowedNames.Any(allowed => PackageName.Normalise(allowed) == name))
        {
            return new VettingFinding(dependency.Name, null, null, VettingVerdicts.Allowed, false, $"name allowed on purpose by an admin{found}");
        }
        if (typos.Value.Inspect(name) is { } suspicion)
        {
            return new VettingFinding(dependency.Name, null, null, VettingVerdicts.Refused, true,
                $"looks like a typo: {suspicion.How}; did you mean {suspicion.Suggestion}?")
            {
                Remedy = new Remedy($"To use {dependency.Name} on purpose, ask an admin to allow the name.",
                    $"To use {dependency.Name} on purpose, add it to Policy:AllowedNames."),
            };
        }
        return new VettingFinding(dependency.Name, null, null, VettingVerdicts.Ok, false, $"not a likely typo{found}");
    }

    private async Task<(IReadOnlySet<string> Names, VettingFinding? Refusal)> FindMissingDependenciesAsync(
        IReadOnlyList<PythonRequirement> dependencies, CancellationToken cancellationToken)
    {
        var names = dependencies.Select(d => d.Name).DistinctBy(PackageName.Normalise).ToList();
        if (names.Count == 0) return (new HashSet<string>(), null);
        var exists = new bool[names.Count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, names.Count),
                new ParallelOptions { MaxDegreeOfParallelism = IndexParallelism, CancellationToken = cancellationToken },
                async (i, token) => exists[i] = await index.ExistsAsync(names[i], token));
        }
        catch (PackageIndexUnavailableException exception)
        {
            var all = string.Join(", ", names);
            return (new HashSet<string>(names.Select(PackageName.Normalise)), new VettingFinding(all, null, null, VettingVerdicts.NotChecked, true,
                $"could not check that {(names.Count == 1 ? "it exists" : "they exist")}: {exception.Message}.")
            {
                Remedy = new Remedy("Try again later; if the index stays out of reach, ask an admin to check the bot's package index.",
                    "Check Images:IndexUrl and try again."),
            });
        }
        var missing = names.Where((_, i) => !exists[i]).ToList();
        if (missing.Count == 0) return (new HashSet<string>(), null);
        return (missing.Select(PackageName.Normalise).ToHashSet(StringComparer.Ordinal), new VettingFinding(string.Join(", ", missing), null, null,
            VettingVerdicts.Missing, true, $"not on the index {index.IndexUrl}; check the spelling{(missing.Count == 1 ? "" : " of each name")}."));
    }

    private async Task<IReadOnlyList<VettingFinding>> FindMissingOsPackagesAsync(
        ImageReference baseImage, IReadOnlyList<OsPackage> packages, bool baseImageAllowed, CancellationToken cancellationToken)
    {
        if (packages.Count == 0) return [];
        var all = string.Join(", ", packages);
        // A base image that is not allowed is not run at all, not even to read its package index.
        if (!baseImageAllowed) return [new VettingFinding(all, null, null, VettingVerdicts.NotChecked, false, $"not checked: the base image {baseImage} is refused")];
        IReadOnlyList<OsPackageProblem> problems;
        try
        {
            problems = await osPackages.FindProblemsAsync(baseImage.ToString(), packages, cancellationToken);
        }
        catch (EngineOperationException exception)
        {
            return [new VettingFinding(all, null, null, VettingVerdicts.NotChecked, true,
                $"could not check that {(packages.Count == 1 ? "it exists" : "they exist")}: {exception.Message}")];
        }
        // One finding per package not in the index as written, each saying what to write instead.
        var findings = problems
            .Select(p => new VettingFinding(p.Package.ToString(), null, null, VettingVerdicts.Missing, true, $"not in the package index of {baseImage}: {p.Reason}"))
            .ToList();
        var present = packages.Where(p => problems.All(problem => problem.Package != p)).Select(p => p.ToString()).ToList();
        if (present.Count > 0) findings.Add(new VettingFinding(string.Join(", ", present), null, null, VettingVerdicts.Ok, false, $"in the package index of {baseImage}"));
        return findings;
    }

    private async Task<IReadOnlyList<VettingFinding>> VetAdvisoriesAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken)
    {
        if (installed.Count == 0) return [];
        IReadOnlyList<IReadOnlyList<string>> affected;
        try
        {
            affected = await advisories.QueryAsync(installed, cancellationToken);
        }
        catch (AdvisoryUnavailableException exception)
        {
            return [new VettingFinding("known vulnerabilities", null, null, VettingVerdicts.NotChecked, false, $"check not done: {exception.Message}")];
        }
        var refuse = options.Value.RefuseVulnerable;
        var findings = installed
            .Select((distribution, i) => (distribution, ids: affected[i]))
            .Where(x => x.ids.Count > 0)
            .Select(x => new VettingFinding(x.distribution.Name, x.distribution.Version, null, VettingVerdicts.Vulnerable, refuse,
                $"affected by {string.Join(", ", x.ids)}" + (refuse ? "" : "; upgrade to a fixed version"))
            {
                Remedy = refuse
                    ? new Remedy($"Ask for a version of {x.distribution.Name} without these advisories, or ask an admin to accept known vulnerabilities.",
                        $"Ask for a version of {x.distribution.Name} without these advisories, or turn Policy:RefuseVulnerable off.")
                    : null,
            })
            .ToList();
        if (findings.Count == 0)
            findings.Add(new VettingFinding("known vulnerabilities", null, null, VettingVerdicts.Ok, false, $"no advisory at {advisories.AdvisoryUrl} affects the installed versions"));
        return findings;
    }
}
