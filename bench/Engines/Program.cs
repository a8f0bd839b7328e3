using System.Globalization;
using System.Runtime.InteropServices;
using ChatOps.Bench.Engines;
using ChatOps.Bench.Execution;

// Trivial script through the war room's handler path on warm containers, composed for (a) the one local engine,
// as a single machine runs today, and (b) Docker:Engines of three: the local one and two dockerds started here;
// (c) Docker:Engines of three entries that all name the local engine, so the scheduler's own cost is seen apart
// from what two more dockerds on the same cores cost; (a') is (a) once more, the noise floor. Short blocks of
// rounds take turns, so all see the same machine. Target (#18): the scheduler adds at most 0.1 ms p50 to (a).
// Usage: dotnet run -c Release --project bench/Engines [-- rounds [block]]
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var block = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
const string MainEndpoint = "unix:///var/run/docker.sock";
const int Engines = 3;

// Ctrl+C or SIGTERM stops the rounds; the finally below still stops the dockerds and removes the containers.
using var stop = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });

var root = RepositoryRoot.Find();
using var script = TrivialScript.Write();
ExtraDockerd[] dockerds = [new(), new()];
MeasuredComposition? one = null;
MeasuredComposition? three = null;
MeasuredComposition? oneDaemon = null;
MeasuredComposition? again = null;
try
{
    var image = new ChatOps.Options.ExecutorOptions().DefaultPython3Image;
    Console.WriteLine($"engine scheduler bench: {Environment.ProcessorCount} cores, image {image}, {rounds} rounds each in blocks of {block}, {Engines} warm containers each; load average {LoadAverage()}");
    await Task.WhenAll(dockerds.Select(d => d.StartAsync(MainEndpoint, image, stop.Token)));
    Console.WriteLine($"started {dockerds.Length} dockerds, each holding {image}: {string.Join(", ", dockerds.Select(d => d.Endpoint))}");

    var engines = new Dictionary<string, string?>
    {
        ["Docker:Engines:0:Name"] = "local",
        ["Docker:Engines:0:Endpoint"] = MainEndpoint,
    };
    for (var i = 0; i < dockerds.Length; i++)
    {
        engines[$"Docker:Engines:{i + 1}:Name"] = $"bench-{i + 2}";
        engines[$"Docker:Engines:{i + 1}:Endpoint"] = dockerds[i].Endpoint;
    }
    // The same three names, each at the local engine: every call still goes through the scheduler's routing.
    var sameDaemon = new Dictionary<string, string?>();
    for (var i = 0; i < Engines; i++)
    {
        sameDaemon[$"Docker:Engines:{i}:Name"] = i == 0 ? "local" : $"local-{i + 1}";
        sameDaemon[$"Docker:Engines:{i}:Endpoint"] = MainEndpoint;
    }
    one = await MeasuredComposition.StartAsync("(a) one engine (local, no Docker:Engines)", root, script, Engines, new Dictionary<string, string?>(), stop.Token);
    three = await MeasuredComposition.StartAsync("(b) three engines through the scheduler", root, script, Engines, engines, stop.Token);
    oneDaemon = await MeasuredComposition.StartAsync("(c) three engine entries, one dockerd", root, script, Engines, sameDaemon, stop.Token);
    // A second (a), measured the same way: how far two identical sides drift apart in one run on this machine.
    again = await MeasuredComposition.StartAsync("(a') one engine again: the noise floor", root, script, Engines, new Dictionary<string, string?>(), stop.Token);
    MeasuredComposition[] sides = [one, three, oneDaemon, again];
    foreach (var side in sides) await side.WarmAsync(Engines, stop.Token);
    Console.WriteLine($"placed: (a) {Placed(one)}; (b) {Placed(three)}; (c) {Placed(oneDaemon)}; (a') {Placed(again)}");

    // Every side in blocks of one round, in turn, until the JIT is done with the very code the timed blocks run
    // (rotation and bookkeeping included); no side pays for another's compiles.
    var turn = 0;
    async Task<int> WarmUpRoundAsync()
    {
        await sides[turn++ % sides.Length].RunBlockAsync(1, stop.Token);
        return 0;
    }
    var warmUp = await JitSettling.WarmUpAsync(WarmUpRoundAsync, minimumRounds: 900, maximumRounds: 30_000);
    foreach (var side in sides) side.ForgetSamples();
    Console.WriteLine($"warm-up: {warmUp} rounds, until no method was compiled in {JitSettling.QuietRounds} rounds");
    var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();

    // a b a', b a' a, a' a b, ...: each side takes each place in turn, so a drift of the machine's load weighs on all.
    for (var done = 0; done < rounds; done += block)
    {
        var size = Math.Min(block, rounds - done);
        for (var place = 0; place < sides.Length; place++)
            await sides[(done / block + place) % sides.Length].RunBlockAsync(size, stop.Token);
    }
    var jitDuringSamples = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore;

    var direct = Percentiles.Of(one.Name, one.Samples);
    var scheduled = Percentiles.Of(three.Name, three.Samples);
    var sameDaemonScheduled = Percentiles.Of(oneDaemon.Name, oneDaemon.Samples);
    var control = Percentiles.Of(again.Name, again.Samples);
    var added = scheduled.P50 - direct.P50;
    var schedulerAlone = sameDaemonScheduled.P50 - direct.P50;
    Console.WriteLine(direct);
    Console.WriteLine(scheduled);
    Console.WriteLine(sameDaemonScheduled);
    Console.WriteLine(control);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"bot CPU per warm script: (a) {one.BotCpuPerScriptMs:0.000} ms, (b) {three.BotCpuPerScriptMs:0.000} ms, (c) {oneDaemon.BotCpuPerScriptMs:0.000} ms, (a') {again.BotCpuPerScriptMs:0.000} ms; {jitDuringSamples} methods compiled meanwhile"));
    // Where (b)'s time goes: the scheduler has no part in a warm job, so a difference shows up per engine if anywhere.
    foreach (var engine in three.SampleEngines.Distinct().Order(StringComparer.Ordinal))
        Console.WriteLine(Percentiles.Of($"    (b) jobs run on {engine}", three.Samples.Where((_, i) => three.SampleEngines[i] == engine).ToList()));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the scheduler over three engines adds (p50 of b - p50 of a): {added:0.000} ms; p95 {scheduled.P95 - direct.P95:0.000} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the scheduler alone adds (p50 of c - p50 of a, three engine entries on one dockerd): {schedulerAlone:0.000} ms; p95 {sameDaemonScheduled.P95 - direct.P95:0.000} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"noise floor (p50 of a' - p50 of a): {control.P50 - direct.P50:0.000} ms; p95 {control.P95 - direct.P95:0.000} ms"));
    Console.WriteLine($"target: the scheduler adds <= 0.1 ms p50: over three dockerds {(added <= 0.1 ? "met" : "MISSED")}, the scheduler alone {(schedulerAlone <= 0.1 ? "met" : "MISSED")}; machine load average {LoadAverage()}");
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("interrupted; stopping the bench's dockerds");
    Environment.ExitCode = 130;
}
finally
{
    if (again is not null) await again.DisposeAsync();
    if (oneDaemon is not null) await oneDaemon.DisposeAsync();
    if (three is not null) await three.DisposeAsync();
    if (one is not null) await one.DisposeAsync();
    foreach (var dockerd in dockerds) await dockerd.DisposeAsync();
}

static string Placed(MeasuredComposition side) =>
    string.Join(", ", side.Placement.GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} on {g.Key}"));

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);
