using System.Diagnostics;

namespace ChatOps.Bench.Execution;

/// <summary>
/// The old way: `docker run --rm -i IMAGE python3 loop` per script (the seeds' by-hand command, hardened the
/// same way), the job on stdin, until the loop prints completed and exits.
/// </summary>
internal static class DockerRunBaseline
{
    public static async Task<List<TimeSpan>> MeasureAsync(string image, string loopScript, string instanceLabel, int rounds)
    {
        var samples = new List<TimeSpan>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var info = new ProcessStartInfo("docker") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[]
                     {
                         "run", "--rm", "-i", "--label", instanceLabel, "--network", "none", "--read-only", "--tmpfs", "/tmp", "--user", "4000:4000",
                         "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "-v", loopScript + ":/opt/chatops/python_loop.py:ro",
                         image, "python3", "/opt/chatops/python_loop.py",
                     })
                info.ArgumentList.Add(arg);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            await process.StandardInput.WriteLineAsync("""{"script": "demisto.results('ok')", "integration": false, "native": true}""");
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            samples.Add(clock.Elapsed);
            if (!output.Contains("\"completed\"", StringComparison.Ordinal))
                throw new InvalidOperationException("docker run did not complete: " + await process.StandardError.ReadToEndAsync());
        }
        return samples;
    }
}
