using System.Text.Json;
using ChatOps;
using ChatOps.Policy;
using ChatOps.Replies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A bot process for the kill -9 test: the real war room, package vetting and image side, in a host that is started
// as serve's is, so it takes up interrupted creates at start. Configuration comes as --Section:Key=value arguments.
// Unlike the console, which runs piped lines one after the other, it runs every line at once: on stdin one line
// "user<TAB>command" per request (platform slack, channel C0WARROOM); on stdout one JSON line per event:
// {"event":"started"}, {"user":...,"reply":{...}} for each reply, {"user":...,"event":"done"} when its command ended.
// No defaults: no appsettings.json or environment of wherever it is started, only what the test passes.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Configuration.AddCommandLine(args);
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is for the test to read
builder.Services.AddWarRoom(builder.Configuration).AddPackageVetting(builder.Configuration).AddImageBuilding(builder.Configuration);
using var host = builder.Build();
await host.StartAsync();

var warRoom = host.Services.GetRequiredService<IWarRoom>();
var output = new Lock();
void Write(object line)
{
    var json = JsonSerializer.Serialize(line);
    lock (output)
    {
        Console.Out.WriteLine(json);
        Console.Out.Flush();
    }
}

Write(new { @event = "started" });
var running = new List<Task>();
while (await Console.In.ReadLineAsync() is { } line)
{
    var (user, text) = (line[..line.IndexOf('\t')], line[(line.IndexOf('\t') + 1)..]);
    running.Add(Task.Run(async () =>
    {
        await foreach (var reply in warRoom.HandleAsync(new ChatMessage("slack", user, "C0WARROOM", text), CancellationToken.None))
            Write(new { user, reply = JsonSerializer.SerializeToElement<Reply>(reply) });
        Write(new { user, @event = "done" });
    }));
}
await Task.WhenAll(running);
await host.StopAsync();
