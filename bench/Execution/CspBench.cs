using System.Diagnostics;
using System.Globalization;
using ChatOps.Parsers.Commands;
using ChatOps.Tests.Execution.Compatibility.Support;

namespace ChatOps.Bench.Execution;

/// <summary>
/// Issue 13's figure: a CommonServerPython-based script through the war room's handler path with CommonServerPython
/// and CommonServerUserPython preloaded once per container, against the same script with their text prepended to its
/// code on every run and nothing preloaded (what the XSOAR server sends its loop). Both run in one process, in the
/// image the compatibility tests use, one round of each in turn so both see the same machine.
/// </summary>
internal static class CspBench
{
    private const string Name = "CspOk";

    // No imports: with CommonServerPython prepended, `from CommonServerPython import *` would find no such module.
    private const string Code = "return_results(CommandResults(readable_output='ok'))\n";

    public static async Task RunAsync(string root, string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        if (Environment.GetEnvironmentVariable(XsoarCheckout.Variable) is not { Length: > 0 } checkout)
            throw new InvalidOperationException($"csp needs a content checkout: {XsoarCheckout.Variable}=/path/to/content dotnet run -c Release --project bench/Execution -- csp [rounds]");
        var scripts = Path.Combine(checkout, "Packs", "Base", "Scripts");
        var commonServer = Path.Combine(scripts, "CommonServerPython", "CommonServerPython.py");
        var commonServerUser = Path.Combine(scripts, "CommonServerUserPython", "CommonServerUserPython.py");
        var image = await CompatibilityImage.EnsureAsync(CancellationToken.None);
        var imageMap = CompatibilityImage.ImageMapSettings(image, []);

        // Two content folders of our own layout, neither with a Packs/Base: one host preloads the checkout's files
        // by configuration, the other has nothing to preload and gets them in the script's code.
        var preloadedContent = ContentWith(Code);
        var prependedContent = ContentWith(File.ReadAllText(commonServer) + "\n" + File.ReadAllText(commonServerUser) + "\n" + Code);
        try
        {
            await using var preloaded = BenchHost.Create(root, preloadedContent, containers: 1, new Dictionary<string, string?>(imageMap)
            {
                ["Executor:CommonServerPython"] = commonServer,
                ["Executor:CommonServerUserPython"] = commonServerUser,
            });
            await using var prepended = BenchHost.Create(root, prependedContent, containers: 1, imageMap);
            var command = new RunScriptCommand(Name, []);
            var message = new ChatMessage("bench", "bench", "bench-csp", "!" + Name);

            Console.WriteLine($"chatops csp bench: {Environment.ProcessorCount} cores, image {image}, {rounds} rounds each, CommonServerPython {new FileInfo(commonServer).Length / 1024} KiB");
            Console.WriteLine($"preloaded host preloads: {preloaded.Preloads}; prepending host preloads: {prepended.Preloads}");
            foreach (var (host, what) in new[] { (preloaded, "preloaded"), (prepended, "prepended") })
            {
                var cold = Stopwatch.StartNew();
                await host.RunOnceAsync(command, message);
                Console.WriteLine($"cold start, {what} (create, put archive, attach, start, load the loop and its preloads, ping, run): {cold.Elapsed.TotalMilliseconds:0} ms");
            }
            for (var i = 0; i < 20; i++)
            {
                await preloaded.RunOnceAsync(command, message);
                await prepended.RunOnceAsync(command, message);
            }

            var withPreload = new List<TimeSpan>(rounds);
            var withPrepend = new List<TimeSpan>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                withPreload.Add(await TimeAsync(() => preloaded.RunOnceAsync(command, message)));
                withPrepend.Add(await TimeAsync(() => prepended.RunOnceAsync(command, message)));
            }

            var fast = Percentiles.Of("CommonServerPython preloaded (war room path)", withPreload);
            var slow = Percentiles.Of("CommonServerPython prepended per run", withPrepend);
            Console.WriteLine(fast);
            Console.WriteLine(slow);
            var speedUp = slow.P50 / fast.P50;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"speed-up of preloading (p50): {speedUp:0.0}x (p95: {slow.P95 / fast.P95:0.0}x); machine load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"targets: p50 <= 5 ms {(fast.P50 <= 5 ? "met" : "MISSED")} (aim 2 ms: {(fast.P50 <= 2 ? "met" : "missed")}); >= 3x prepending {(speedUp >= 3 ? "met" : "MISSED")}"));
        }
        finally
        {
            Directory.Delete(preloadedContent, recursive: true);
            Directory.Delete(prependedContent, recursive: true);
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task<int>> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed;
    }

    /// <summary>A content folder holding the script, split (its YAML, and its code in the .py beside it).</summary>
    private static string ContentWith(string code)
    {
        var folder = Directory.CreateTempSubdirectory("chatops-bench-csp-").FullName;
        File.WriteAllText(Path.Combine(folder, Name + ".yml"),
            $"commonfields:\n  id: {Name}\nname: {Name}\ntype: python\nsubtype: python3\ndockerimage: demisto/python3:3.11.10.115186\nscript: '-'\n");
        File.WriteAllText(Path.Combine(folder, Name + ".py"), code);
        return folder;
    }
}
