using System.Security.Cryptography;
using System.Text;
using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Options;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// The local image real content runs in for the compatibility tests and the csp benchmark (bench/Execution links
/// this file): the default base plus the Debian packages CommonServerPython and HelloWorld import (requests defines
/// BaseClient and the typing names; urllib3 and dateparser follow it). The content YAMLs name demisto/python3 and
/// devdemisto images, which cannot be pulled here; Executor:ImageMap points them at this one.
/// </summary>
internal static class CompatibilityImage
{
    public const string BaseImage = "demisto/python3-deb:3.11.2.1";
    public const string Repository = "demisto/chatops-xsoar-compat";

    /// <summary>The label every test image carries (ImagesTestBed's), with a value of its own, to find and clean it by.</summary>
    public const string TestLabel = "chatops.test-id";
    public const string TestLabelValue = "xsoar-compatibility";

    private static readonly string[] Packages = ["python3-requests", "python3-urllib3", "python3-dateparser"];

    public static string Dockerfile =>
        $"FROM {BaseImage}\n" +
        "RUN apt-get update \\\n" +
        $" && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends {string.Join(' ', Packages)} \\\n" +
        " && rm -rf /var/lib/apt/lists/*\n" +
        $"LABEL {TestLabel}=\"{TestLabelValue}\"\n";

    /// <summary>
    /// The image's reference, built when the engine does not hold it yet. Its tag is a hash of the Dockerfile and of
    /// the base image's id, so a run reuses what an earlier one built, and a re-seeded base gets a new image.
    /// </summary>
    public static async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        using var docker = Docker();
        var engine = new DockerImageEngine(docker);
        var baseImage = await engine.InspectImageAsync(BaseImage, cancellationToken)
            ?? throw new InvalidOperationException($"{BaseImage} is not in the engine: ./test (or ./chatops) seeds it.");
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(baseImage.Id + "\n" + Dockerfile)))[..12];
        var reference = $"{Repository}:{tag}";
        if (await engine.InspectImageAsync(reference, cancellationToken) is not null) return reference;

        // BuildContextArchive tars the bot's own build contexts; its requirements and check files are unused here.
        using var context = BuildContextArchive.Create(new BuildContextFiles(Dockerfile, "", ""));
        // Host networking: apt reaches the machine's Debian mirror, as the bot's own builds do.
        await engine.BuildImageAsync(new EngineBuildRequest(context, reference, NetworkMode: "host"), new Progress<EngineBuildProgress>(), cancellationToken);
        return reference;
    }

    /// <summary>Whether the engine holds an image (a script whose mapped image it lacks cannot start).</summary>
    public static async Task<bool> ExistsAsync(string reference, CancellationToken cancellationToken)
    {
        using var docker = Docker();
        return await new DockerImageEngine(docker).InspectImageAsync(reference, cancellationToken) is not null;
    }

    private static DockerClientProvider Docker() => new(Microsoft.Extensions.Options.Options.Create(new DockerOptions()));

    /// <summary>
    /// Executor:ImageMap entries sending the images content names to this one: demisto/python3 (any tag) and every
    /// devdemisto repository the given images name.
    /// </summary>
    public static Dictionary<string, string?> ImageMapSettings(string reference, IEnumerable<string> namedImages)
    {
        var repositories = namedImages
            .Select(image => image.LastIndexOf(':') > image.LastIndexOf('/') ? image[..image.LastIndexOf(':')] : image)
            .Where(repository => repository.StartsWith("devdemisto/", StringComparison.Ordinal))
            .Append("demisto/python3")
            .Distinct(StringComparer.Ordinal);
        return repositories.ToDictionary(repository => $"Executor:ImageMap:{repository}", _ => (string?)reference);
    }
}
