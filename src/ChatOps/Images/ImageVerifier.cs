using System.Collections.Concurrent;
using System.Text.Json;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Policy;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// Looks inside a freshly built image with one short container (no network, removed after): every requested
/// distribution is installed and the requirements of everything installed hold (what `pip check` checks, done in-process), every requested OS package is installed (dpkg -s /
/// apk info -e), and it reads what pip really installed (versions and license metadata, dependencies of
/// dependencies included), the python version and the OS package list. The request goes in as one JSON argv
/// element, never through a shell.
/// What the check finds depends only on the image's files and the request, so results are remembered per
/// (root filesystem layers, request): a cached rebuild, whose new image differs only in ENV and labels, is not
/// looked into twice.
/// </summary>
internal sealed class ImageVerifier(IImageEngine engine, ImageLabelSet labels, IOptions<ImagesOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, ImageVerification> _byContent = new(StringComparer.Ordinal);

    public Task<ImageVerification> VerifyAsync(string imageId, ImageSpec spec, CancellationToken cancellationToken) =>
        VerifyAsync(imageId, spec.Dependencies.Select(d => d.Name).ToList(), spec.Packages.Select(p => p.Name).ToList(), cancellationToken);

    /// <summary>Checks the named distributions and packages are installed (none named: only reads what is inside).</summary>
    public async Task<ImageVerification> VerifyAsync(string imageId, IReadOnlyList<string> distributions, IReadOnlyList<string> packages, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Serialize(new { distributions, packages }, Json);
        var image = await engine.InspectImageAsync(imageId, cancellationToken)
            ?? throw new ImageCreateException($"image {imageId} disappeared before it could be checked.");
        var contentKey = image.Layers.Count == 0 ? null : string.Join(',', image.Layers) + "|" + request;
        if (contentKey is not null && _byContent.TryGetValue(contentKey, out var known)) return known;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.VerifyTimeout);
        var run = await engine.RunAsync(new EngineRunRequest(imageId, ["-c", CheckScript, request], labels.ForCheckContainer(), Entrypoint: "python3"), timeout.Token);
        if (run.ExitCode != 0)
            throw new ImageCreateException($"the check inside the new image failed (exit {run.ExitCode}).", run.StandardError.Trim() + "\n" + run.StandardOutput.Trim());

        var found = JsonSerializer.Deserialize<CheckOutput>(run.StandardOutput, Json)
            ?? throw new ImageCreateException("the check inside the new image printed nothing.");
        var verification = new ImageVerification(
            found.Python,
            found.Distributions.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            found.OsPackages.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(),
            found.Problems);
        if (contentKey is not null) _byContent[contentKey] = verification;
        return verification;
    }

    private sealed record CheckOutput(string Python, List<InstalledDistribution> Distributions, List<OsPackageRecord> OsPackages, List<string> Problems);

    private const string CheckScript = """
        import json, os, platform, re, subprocess, sys
        import importlib.metadata as md
        req = json.loads(sys.argv[1])
        norm = lambda n: re.sub(r"[-_.]+", "-", n).lower()
        problems, dists = [], {}
        for d in md.distributions():
            name = d.metadata.get("Name")
            if not name or norm(name) in dists:
                continue  # the first on sys.path wins, as for import
            lic = d.metadata.get("License")
            dists[norm(name)] = {"name": name, "version": d.version,
                "licenseExpression": d.metadata.get("License-Expression"),
                "license": lic[:500] if lic else None,
                "classifiers": [c for c in (d.metadata.get_all("Classifier") or []) if c.startswith("License ::")]}
        for name in req["distributions"]:
            if norm(name) not in dists:
                problems.append("python distribution %s is not installed" % name)
        if req["distributions"]:
            try:  # what `pip check` does, in this process: starting pip again costs seconds
                from pip._vendor.packaging.requirements import Requirement
            except ImportError:
                Requirement = None
            if Requirement is None:
                check = subprocess.run([sys.executable, "-m", "pip", "check", "--disable-pip-version-check"], capture_output=True, text=True)
                if check.returncode != 0:
                    problems.append("pip check: " + (check.stdout + check.stderr).strip())
            else:
                for d in md.distributions():
                    for line in d.requires or []:
                        try:
                            r = Requirement(line)
                        except Exception:
                            continue
                        if r.marker is not None and not r.marker.evaluate({"extra": ""}):
                            continue
                        dep = dists.get(norm(r.name))
                        if dep is None:
                            problems.append("%s requires %s, which is not installed" % (d.metadata["Name"], r.name))
                        elif r.specifier and not r.specifier.contains(dep["version"], prereleases=True):
                            problems.append("%s requires %s but %s is installed" % (d.metadata["Name"], r, dep["version"]))
        pkgs = []
        if os.path.exists("/etc/alpine-release"):
            for name in req["packages"]:
                if subprocess.run(["apk", "info", "-e", name], capture_output=True).returncode != 0:
                    problems.append("os package %s is not installed" % name)
            for line in subprocess.run(["apk", "info", "-v"], capture_output=True, text=True).stdout.split():
                parts = line.rsplit("-", 2)
                if len(parts) == 3:
                    pkgs.append({"name": parts[0], "version": parts[1] + "-" + parts[2]})
        else:
            for name in req["packages"]:
                if subprocess.run(["dpkg", "-s", name], capture_output=True).returncode != 0:
                    problems.append("os package %s is not installed" % name)
            out = subprocess.run(["dpkg-query", "-W", "-f=${Package}\t${Version}\n"], capture_output=True, text=True).stdout
            for line in out.splitlines():
                name, _, version = line.partition("\t")
                pkgs.append({"name": name, "version": version})
        print(json.dumps({"python": platform.python_version(), "distributions": list(dists.values()), "osPackages": pkgs, "problems": problems}))
        """;
}
