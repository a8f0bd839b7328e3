using ChatOps;
using ChatOps.Bench.Slack;
using ChatOps.Bots.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// dotnet run -c Release --project bench/ChatOps.Bench.Slack [-- RATE SECONDS]
// Target (issue 5): p99 of the acknowledgement under 10 ms at 200 signed requests per second, on loopback.
var rate = args.Length > 0 ? int.Parse(args[0]) : 200;
var seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
const string Secret = "bench-signing-secret";

Console.WriteLine($"Slack acknowledgement latency, {rate} signed requests/s for {seconds} s on 127.0.0.1, {Environment.ProcessorCount} cores");
await RunAsync("instant war room, answered inline with the table", TimeSpan.Zero, "00:00:02");
await RunAsync("slow war room (5 s), InlineBudget 0: acknowledgement at once, table via response_url", TimeSpan.FromSeconds(5), "00:00:00");

async Task RunAsync(string title, TimeSpan work, string inlineBudget)
{
    // A port chosen before start: the response_url allowlist names scheme, host and port, and /sink is on this server.
    var origin = $"http://127.0.0.1:{FreePort()}";
    var builder = WebApplication.CreateSlimBuilder();
    builder.WebHost.UseUrls(origin);
    builder.Logging.ClearProviders();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Slack:SigningSecret"] = Secret,
        ["Slack:ResponseUrlHosts:0"] = origin,
        ["Slack:InlineBudget"] = inlineBudget,
    });
    builder.Services.AddSingleton<IWarRoom>(new BenchWarRoom(work));
    builder.Services.AddSlackBot(builder.Configuration);
    await using var app = builder.Build();
    app.MapSlack();
    var followUps = 0;
    app.MapPost("/sink", () => { Interlocked.Increment(ref followUps); return Results.Ok(); });
    await app.StartAsync();
    var baseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = baseUrl };
    var load = new LoadRun(client, Secret, new Uri(baseUrl, "/sink"));
    await load.RunAsync(rate, TimeSpan.FromSeconds(2)); // warm-up: JIT, connection pool
    var report = await load.RunAsync(rate, TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"{title}:\n  {report}");
    await app.StopAsync();
}

static int FreePort()
{
    using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}
