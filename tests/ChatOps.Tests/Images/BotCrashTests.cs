using System.Text.Json;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Images;

/// <summary>
/// A real kill -9 of the bot (a separate process, tests/ChatOps.Tests.BuildHost) with one create building, two
/// queued behind it and one joined to the building one; a second start on the same database and engine accounts
/// for every requester. The build slot is one and the first build's pip download is held by the test's index, so
/// the kill lands with exactly that state.
/// </summary>
public sealed class BotCrashTests : IAsyncLifetime
{
    private readonly ProbeWheels _wheels = new();

    public Task InitializeAsync() => _wheels.InitializeAsync();

    public Task DisposeAsync()
    {
        _wheels.Index.ReleaseFiles();
        return _wheels.DisposeAsync();
    }

    [Fact]
    public async Task Killed_with_creates_queued_and_one_building_the_next_start_builds_them_in_order_and_tells_every_requester()
    {
        // The bed is here for its per-test label, its engine client and its clean-up; the bot processes do the work.
        await using var bed = ImagesTestBed.Create(storageFolder: Directory.CreateTempSubdirectory("chatops-botcrash-").FullName);
        var settings = new Dictionary<string, string>
        {
            ["Storage:Folder"] = bed.Folder,
            ["Images:IndexUrl"] = _wheels.Index.Url,
            ["Images:MaxConcurrentBuilds"] = "1",
            [$"Images:Labels:{ImagesTestBed.TestIdLabel}"] = bed.TestId,
            ["Docker:Endpoint"] = "unix:///var/run/docker.sock",
        };
        var (first, second, third) = (bed.NewName("first"), bed.NewName("second"), bed.NewName("third"));
        string Create(string name) => $"/docker_image_create name={name} dependencies=chatops-probe force=true";

        _wheels.Index.HoldFiles();
        await using (var crashed = await BotProcess.StartAsync(settings))
        {
            await crashed.SendAsync("U0ANN", Create(first));
            await crashed.ReplyAsync("U0ANN", $"building demisto/{first}:1.0.0.1");
            await _wheels.Index.FileRequested.Task.WaitAsync(TimeSpan.FromMinutes(3)); // pip runs in the build now
            await crashed.SendAsync("U0BEN", Create(second));
            await crashed.ReplyAsync("U0BEN", "place 1 in the queue");
            await crashed.SendAsync("U0CAT", Create(third));
            await crashed.ReplyAsync("U0CAT", "place 2 in the queue");
            await crashed.SendAsync("U0DAN", Create(first));
            await crashed.ReplyAsync("U0DAN", "already under way");

            await crashed.KillAsync();
        }
        _wheels.Index.ReleaseFiles();

        await using var restarted = await BotProcess.StartAsync(settings);
        await BuildJournalTable.UntilAllFinishedAsync(bed.Folder, restarted);

        // Each requester's next command shows first what became of their create.
        await AssertToldAsync(restarted, "U0ANN", first, "while it was building");
        await AssertToldAsync(restarted, "U0DAN", first, "while it was building");
        await AssertToldAsync(restarted, "U0BEN", second, "while it waited in the queue");
        await AssertToldAsync(restarted, "U0CAT", third, "while it waited in the queue");

        // Number 1 of the first was handed out, never tagged, and released: the rebuilt image has it, and nothing else.
        Assert.Equal(["1.0.0.1"], await bed.EngineTagsAsync($"demisto/{first}"));
        Assert.Equal(["1.0.0.1"], await bed.EngineTagsAsync($"demisto/{second}"));
        Assert.Equal(["1.0.0.1"], await bed.EngineTagsAsync($"demisto/{third}"));
        // Resumed in the order they had in the queue (one slot: each built after the one before ended).
        var created = new List<DateTime>();
        foreach (var name in new[] { first, second, third })
            created.Add((await bed.Docker.Images.InspectImageAsync($"demisto/{name}:1.0.0.1")).Created);
        Assert.Equal(created.Order().ToList(), created);
    }

    private static async Task AssertToldAsync(BotProcess bot, string user, string name, string where)
    {
        var replies = await bot.RunAsync(user, "help");
        var texts = replies.Where(r => r.GetProperty("type").GetString() == "text").Select(r => r.GetProperty("Text").GetString()!).ToList();
        Assert.Contains(texts, t => t.StartsWith($"Not delivered earlier (the bot restarted before your create was done), the result of /docker_image_create name={name} ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith($"Your create of demisto/{name} was interrupted by a restart of the bot {where}; it is queued again", StringComparison.Ordinal));
        var card = Assert.Single(replies, r => r.GetProperty("type").GetString() == "card");
        Assert.Equal($"demisto/{name}:1.0.0.1", card.GetProperty("Title").GetString());
        // Taken once: the next command shows none of it again.
        Assert.DoesNotContain(await bot.RunAsync(user, "help"), r => r.GetRawText().Contains("Not delivered earlier", StringComparison.Ordinal));
    }
}
