using System.Diagnostics;
using ChatOps.Engine;
using ChatOps.Options;

namespace ChatOps.App.Cli;

/// <summary>
/// `chatops base ensure|seed`: makes the configured default base image present. ensure: nothing when the engine
/// has it, else a pull, else an offline seed. seed: always builds it offline from the Debian mirror
/// (scripts/seed-base-image.sh does the root-filesystem work; its progress goes to stderr).
/// </summary>
internal static class BaseImageCommand
{
    public const string Usage = "usage: chatops base ensure | chatops base seed";

    private static readonly TimeSpan PullTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string home, IImageEngine engine, ImagesOptions images, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var image = images.DefaultBase;
        switch (args.FirstOrDefault())
        {
            case "ensure":
                if (await engine.InspectImageAsync(image, cancellationToken) is not null) return ExitCodes.Success;
                if (await TryPullAsync(engine, image, cancellationToken)) return ExitCodes.Success;
                await Console.Error.WriteLineAsync($"[chatops] {image} is not in the engine and cannot be pulled: seeding it offline.");
                return await SeedAsync(home, image, cancellationToken);
            case "seed":
                return await SeedAsync(home, image, cancellationToken);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return ExitCodes.Usage;
        }
    }

    private static async Task<bool> TryPullAsync(IImageEngine engine, string image, CancellationToken cancellationToken)
    {
        var separator = image.LastIndexOf(':');
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PullTimeout);
        try
        {
            await engine.PullImageAsync(image[..separator], image[(separator + 1)..], timeout.Token);
            return await engine.InspectImageAsync(image, cancellationToken) is not null;
        }
        catch (Exception exception) when (exception is EngineOperationException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // No registry reachable is the normal case on an offline machine; the seed follows.
            return false;
        }
    }

    private static async Task<int> SeedAsync(string home, string image, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path.Combine(home, "scripts", "seed-base-image.sh")) { UseShellExecute = false };
        start.ArgumentList.Add(image);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the seed script");
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? ExitCodes.Success : ExitCodes.CommandFailed;
    }
}
