using System.Diagnostics;
using System.Text;
using ChatOps.Engine;

namespace ChatOps.Bench.Execution;

/// <summary>
/// The floor: one JSON-sized line to `cat` in a container and back over the same Docker.DotNet attach stream,
/// no loop, no python, no pool. Nothing over this path can be faster.
/// </summary>
internal static class EchoFloor
{
    public static async Task<List<TimeSpan>> MeasureAsync(IContainerEngine engine, ContainerSpec spec, int rounds)
    {
        var id = await engine.CreateAsync(spec with { Command = ["cat"] }, CancellationToken.None);
        try
        {
            using var stream = await engine.AttachAsync(id, CancellationToken.None);
            await engine.StartAsync(id, CancellationToken.None);
            var line = Encoding.UTF8.GetBytes("""{"script": "demisto.results('ok')", "integration": false, "native": false}""" + "\n");
            var buffer = new byte[64 * 1024];
            var samples = new List<TimeSpan>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                await stream.WriteAsync(line, CancellationToken.None);
                var received = 0;
                while (received < line.Length)
                {
                    var read = await stream.ReadAsync(buffer, CancellationToken.None);
                    if (read.EndOfStream) throw new InvalidOperationException("cat ended");
                    received += read.Count;
                }
                samples.Add(clock.Elapsed);
            }
            return samples;
        }
        finally
        {
            await engine.RemoveAsync(id, CancellationToken.None);
        }
    }
}
