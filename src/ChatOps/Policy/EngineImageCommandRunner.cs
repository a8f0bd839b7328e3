using ChatOps.Engine;
using ChatOps.Images;

namespace ChatOps.Policy;

/// <summary>IImageCommandRunner over the engine room's one-shot run: vetting containers run as root with the host's network, labelled as vetting.</summary>
internal sealed class EngineImageCommandRunner(IOneShotRunner runner, IImageEngine images, ImageLabelSet labels) : IImageCommandRunner
{
    /// <summary>Start of every container name; the rest is a fresh GUID. Tests set their own to find exactly theirs.</summary>
    internal string NamePrefix { get; init; } = "chatops-vetting-";

    public async Task<string?> FindImageIdAsync(string image, CancellationToken cancellationToken) =>
        (await images.InspectImageAsync(image, cancellationToken))?.Id;

    public async Task<ImageCommandResult> RunAsync(string image, IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (argv.Count == 0) throw new ArgumentException("A command needs at least its program.", nameof(argv));
        var run = await runner.RunAsync(
            new EngineRunRequest(image, argv.Skip(1).ToList(), labels.ForVettingContainer(), Network: true, Entrypoint: argv[0], User: "0", NamePrefix: NamePrefix, Timeout: timeout),
            cancellationToken);
        return new ImageCommandResult(run.ExitCode, run.StandardOutput, run.StandardError);
    }
}
