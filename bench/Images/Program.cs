using System.Diagnostics;
using ChatOps;
using ChatOps.Bench.Images;
using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Policy.OsPackages;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.Images.Support;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project bench/Images [rounds]   (default 3 rounds, at most 8)
// Each round: a cold build (a wheel no cache has seen) by the bot and by `docker build` (who goes first alternates
// by round), then a warm rebuild of the identical spec by both, then a cold build with an OS package (a small
// Debian package no cache has seen, from the Debian mirror; the bot's create includes its real OS package check).
// Every image made is labelled with this run's id and removed at the end.
var rounds = args.Length > 0 ? int.Parse(args[0]) : 3;
if (rounds < 1 || rounds > SmallDebianPackages.Pairs.Count) throw new ArgumentOutOfRangeException(nameof(args), $"rounds must be 1 to {SmallDebianPackages.Pairs.Count} (one pair of fresh Debian packages each)");
// BENCH_TRACE=1 prints when each reply of the bot's creates arrived, to see where the time goes.
var trace = Environment.GetEnvironmentVariable("BENCH_TRACE") is "1";
var runId = Guid.NewGuid().ToString("N")[..10];
const string RunLabel = "chatops.bench-run";
var storage = Directory.CreateTempSubdirectory("chatops-bench-db-").FullName;
await using var index = new LocalPythonIndex();
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:Folder"] = storage,
    ["Images:IndexUrl"] = index.Url,
    [$"Images:Labels:{RunLabel}"] = runId,
}).Build();
await using var services = new ServiceCollection().AddLogging().AddWarRoom(configuration).AddImageBuilding(configuration)
    .AddPackageVetting(configuration).AddSingleton<IPackageVetting, ApprovingVetting>().BuildServiceProvider();
var create = services.GetServices<ICommandHandler>().Single(h => h.CanHandle(new CreateImageCommand("x", [], [], null, false)));
var message = new ChatMessage("bench", "bench", "bench", "");
var baseImage = new ImageReference("demisto/python3-deb", "3.11.2.1");
var results = new List<(string Case, double Bot, double Raw)>();

try
{
    // The first request of a process also pays for JIT, the first engine connection and creating the SQLite
    // tables: shown on its own, not mixed into the steady-state rounds.
    var firstRequest = await TimeCreateAsync(new CreateImageCommand($"bench-{runId}-warmup", [], [], baseImage, Force: true));
    Console.WriteLine($"first request of the process (no dependencies, cached layers): {firstRequest.TotalSeconds:0.00} s");
    // A base image's OS (kept per image id in memory) and package index (stored per image id) are read once: shown on their own too.
    var indexClock = Stopwatch.StartNew();
    await services.GetRequiredService<BaseOsDetector>().DetectAsync(baseImage.ToString(), CancellationToken.None);
    await services.GetRequiredService<OsPackageIndex>().FindProblemsAsync(baseImage.ToString(), [new OsPackage("python3", null)], CancellationToken.None);
    Console.WriteLine($"first OS package request of the process (the base's OS, its package index read once): {indexClock.Elapsed.TotalSeconds:0.00} s");

    for (var round = 1; round <= rounds; round++)
    {
        // Two fresh wheels per round, so both cold builds really run pip.
        var botWheel = $"bench-{runId}-bot{round}";
        var rawWheel = $"bench-{runId}-raw{round}";
        foreach (var wheel in new[] { botWheel, rawWheel })
            index.Add(new WheelBuilder(wheel, "1.0").License("MIT").RequiresDist($"bench-{runId}-common"));
        index.Add(new WheelBuilder($"bench-{runId}-common", "1.0").License("MIT"));

        var botSpec = new CreateImageCommand($"bench-{runId}", [new PythonRequirement(botWheel, [], "")], [], baseImage, Force: true);
        var rawSpec = ImageSpec.Create($"demisto/bench-{runId}-raw", baseImage, [new PythonRequirement(rawWheel, [], "")], []);

        // Who goes first alternates, so neither side always gets the engine fresh from the other's work.
        var botFirst = round % 2 == 1;
        var (botCold, rawCold) = await TimePairAsync(botFirst,
            () => TimeCreateAsync(botSpec),
            () => RawDockerBuild.BuildAsync(Generate(rawSpec, $"1.0.0.{round}"), $"demisto/bench-{runId}-raw:cold{round}"));
        results.Add(($"cold #{round}", botCold.TotalSeconds, rawCold.TotalSeconds));

        var (botWarm, rawWarm) = await TimePairAsync(botFirst,
            () => TimeCreateAsync(botSpec),
            () => RawDockerBuild.BuildAsync(Generate(rawSpec, $"1.0.0.{round + 100}"), $"demisto/bench-{runId}-raw:warm{round}"));
        results.Add(($"warm #{round}", botWarm.TotalSeconds, rawWarm.TotalSeconds));

        // A pair of similar packages per round, swapped every other round, so neither side always gets the larger.
        var (first, second) = SmallDebianPackages.Pairs[round - 1];
        var (botPackage, rawPackage) = botFirst ? (first, second) : (second, first);
        var botOs = new CreateImageCommand($"bench-{runId}-os", [], [new OsPackage(botPackage, null)], baseImage, Force: true);
        var rawOs = ImageSpec.Create($"demisto/bench-{runId}-raw", baseImage, [], [new OsPackage(rawPackage, null)]);
        var (botOsCold, rawOsCold) = await TimePairAsync(botFirst,
            () => TimeCreateAsync(botOs),
            () => RawDockerBuild.BuildAsync(Generate(rawOs, $"1.0.0.{round + 200}"), $"demisto/bench-{runId}-raw:os{round}"));
        results.Add(($"os #{round}", botOsCold.TotalSeconds, rawOsCold.TotalSeconds));
    }

    Console.WriteLine($"{"case",-10} {"bot (s)",9} {"docker build (s)",17} {"overhead",9}");
    foreach (var (name, bot, raw) in results)
        Console.WriteLine($"{name,-10} {bot,9:0.00} {raw,17:0.00} {(bot - raw) / raw,9:+0%;-0%;+0%}");
    var cold = results.Where(r => r.Case.StartsWith("cold")).ToList();
    var warm = results.Where(r => r.Case.StartsWith("warm")).ToList();
    var os = results.Where(r => r.Case.StartsWith("os")).ToList();
    Console.WriteLine($"cold mean: bot {cold.Average(r => r.Bot):0.00} s, docker build {cold.Average(r => r.Raw):0.00} s, overhead {cold.Average(r => r.Bot) - cold.Average(r => r.Raw):0.00} s ({(cold.Average(r => r.Bot) / cold.Average(r => r.Raw)) - 1:+0%;-0%;+0%}) (target <= +10%)");
    Console.WriteLine($"cold median: bot {Median(cold.Select(r => r.Bot)):0.00} s, docker build {Median(cold.Select(r => r.Raw)):0.00} s ({(Median(cold.Select(r => r.Bot)) / Median(cold.Select(r => r.Raw))) - 1:+0%;-0%;+0%})");
    Console.WriteLine($"warm mean: bot {warm.Average(r => r.Bot):0.00} s, docker build {warm.Average(r => r.Raw):0.00} s (target: bot < 2 s)");
    Console.WriteLine($"os package cold mean: bot {os.Average(r => r.Bot):0.00} s, docker build {os.Average(r => r.Raw):0.00} s, overhead {os.Average(r => r.Bot) - os.Average(r => r.Raw):0.00} s ({(os.Average(r => r.Bot) / os.Average(r => r.Raw)) - 1:+0%;-0%;+0%}) (target <= +10%)");
    Console.WriteLine($"os package cold median: bot {Median(os.Select(r => r.Bot)):0.00} s, docker build {Median(os.Select(r => r.Raw)):0.00} s ({(Median(os.Select(r => r.Bot)) / Median(os.Select(r => r.Raw))) - 1:+0%;-0%;+0%})");
}
finally
{
    using var docker = new DockerClientConfiguration(new Uri("unix:///var/run/docker.sock")).CreateClient();
    var mine = await docker.Images.ListImagesAsync(new ImagesListParameters
    {
        Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{RunLabel}={runId}"] = true } },
    });
    var raw = await docker.Images.ListImagesAsync(new ImagesListParameters
    {
        Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [$"demisto/bench-{runId}-raw"] = true } },
    });
    foreach (var image in mine.Concat(raw).DistinctBy(i => i.ID))
    {
        try { await docker.Images.DeleteImageAsync(image.ID, new ImageDeleteParameters { Force = true }); }
        catch (DockerImageNotFoundException) { }
    }
    Directory.Delete(storage, recursive: true);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task<(TimeSpan Bot, TimeSpan Raw)> TimePairAsync(bool botFirst, Func<Task<TimeSpan>> bot, Func<Task<TimeSpan>> raw)
{
    if (botFirst)
    {
        var botTime = await bot();
        return (botTime, await raw());
    }
    var rawTime = await raw();
    return (await bot(), rawTime);
}

async Task<TimeSpan> TimeCreateAsync(CreateImageCommand command)
{
    var clock = Stopwatch.StartNew();
    Reply? last = null;
    await foreach (var reply in create.HandleAsync(command, message, CancellationToken.None))
    {
        last = reply;
        if (trace) Console.WriteLine($"  {clock.Elapsed.TotalMilliseconds,8:0} ms {reply.GetType().Name} {(reply as ProgressReply)?.Message}");
    }
    clock.Stop();
    if (last is not CardReply) throw new InvalidOperationException($"the bot's create did not finish with an image card: {last}");
    return clock.Elapsed;
}

BuildContextFiles Generate(ImageSpec spec, string tag) => DockerfileGenerator.Generate(new DockerfileRequest(
    spec, BaseOs.Debian, tag, index.Url, DateTimeOffset.UtcNow, "bench/raw", new Dictionary<string, string> { [RunLabel] = runId }));
