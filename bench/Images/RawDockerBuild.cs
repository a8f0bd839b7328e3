using System.Diagnostics;
using ChatOps.Images;

namespace ChatOps.Bench.Images;

/// <summary>
/// The baseline: `docker build` of a generated context with the same builder the bot drives through the API
/// (the classic builder, DOCKER_BUILDKIT=0) and the same host networking.
/// </summary>
internal static class RawDockerBuild
{
    public static async Task<TimeSpan> BuildAsync(BuildContextFiles files, string tag)
    {
        var folder = Directory.CreateTempSubdirectory("chatops-bench-").FullName;
        try
        {
            foreach (var (name, content) in files.Entries()) await File.WriteAllTextAsync(Path.Combine(folder, name), content);
            var start = new ProcessStartInfo("docker", ["build", "--network", "host", "-q", "-t", tag, folder])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["DOCKER_BUILDKIT"] = "0" },
            };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            clock.Stop();
            if (process.ExitCode != 0) throw new InvalidOperationException($"docker build failed: {await stderr}");
            return clock.Elapsed;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
