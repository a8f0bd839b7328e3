using System.Security.Cryptography;
using System.Text;
using ChatOps.Engine;
using ChatOps.Images.Check;
using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// Knows what is inside an image (Check/image_check.py): every requested distribution is installed and the
/// requirements of everything installed hold (what `pip check` checks), every requested OS package is installed,
/// and what pip really installed (versions and licence metadata, dependencies of dependencies included), the
/// python version and the OS package list.
/// The answer comes, cheapest first, from the build itself (the generated Dockerfile runs the check at the end of
/// its last RUN), from an earlier answer for the same layers and request (a cached rebuild prints nothing), or
/// from one short container with no network, removed after (images built elsewhere, pulled images). The request
/// goes in as one JSON argv element, never through a shell.
/// </summary>
internal sealed class ImageVerifier(IImageEngine engine, IOneShotRunner runner, ImageCheckStore answers, ImageLabelSet labels, IOptions<ImagesOptions> options)
{
    public Task<ImageVerification> VerifyAsync(string imageId, ImageSpec spec, string? answerFromBuild, CancellationToken cancellationToken) =>
        VerifyAsync(imageId, spec.Dependencies.Select(d => d.Name).ToList(), spec.Packages.Select(p => p.Name).ToList(), answerFromBuild, cancellationToken);

    /// <summary>Checks the named distributions and packages are installed (none named: only reads what is inside).</summary>
    public async Task<ImageVerification> VerifyAsync(
        string imageId, IReadOnlyList<string> distributions, IReadOnlyList<string> packages, string? answerFromBuild, CancellationToken cancellationToken)
    {
        var request = ImageCheck.Request(distributions, packages);
        var image = await engine.InspectImageAsync(imageId, cancellationToken)
            ?? throw new ImageCreateException($"image {imageId} disappeared before it could be checked.");
        var contentKey = image.Layers.Count == 0 ? null : ContentKey(image.Layers, request);

        if (answerFromBuild is null && contentKey is not null && await answers.FindAsync(contentKey, cancellationToken) is { } known)
            return ImageCheck.Parse(known);

        var answer = answerFromBuild ?? await RunCheckAsync(imageId, request, cancellationToken);
        var verification = ImageCheck.Parse(answer);
        if (contentKey is not null) await answers.SaveAsync(contentKey, answer, cancellationToken);
        return verification;
    }

    private async Task<string> RunCheckAsync(string imageId, string request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.VerifyTimeout);
        var run = await runner.RunAsync(new EngineRunRequest(imageId, ["-I", "-S", "-c", ImageCheck.Script, request], labels.ForCheckContainer(), Entrypoint: "python3"), timeout.Token);
        if (run.ExitCode != 0)
            throw new ImageCreateException($"the check inside the new image failed (exit {run.ExitCode}).", run.StandardError.Trim() + "\n" + run.StandardOutput.Trim());
        return ImageCheck.SingleAnswer(run.StandardOutput.Split('\n').Select(line => line.Trim()))
            ?? throw new ImageCreateException("the check inside the new image printed no answer.", run.StandardError.Trim() + "\n" + run.StandardOutput.Trim());
    }

    private static string ContentKey(IReadOnlyList<string> layers, string request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', layers) + "|" + request)));
}
