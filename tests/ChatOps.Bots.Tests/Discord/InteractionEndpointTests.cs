using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>
/// POST /discord/interactions over a real 127.0.0.1 socket, with a fake Discord recording what the bot sends
/// back and a fake war room (the real parser is still being written).
/// </summary>
public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = TestSigningKey.Rfc8032();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _key.Dispose();
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_signed_ping_gets_a_pong()
    {
        var warRoom = FakeWarRoom.Answering();
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);

        var response = await bot.PostInteractionAsync(InteractionJson.Ping(), _key);

        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(warRoom.Messages);
    }

    [Fact]
    public async Task The_reference_vector_ping_is_accepted_as_discord_sends_it()
    {
        // Signed in November 2023: the bot's clock is set to a few seconds later, as when Discord sent it.
        var sentAt = new ShiftedClock(DateTimeOffset.FromUnixTimeSeconds(1700000000 + 3));
        await using var bot = await DiscordBotServer.StartAsync(_discord, FakeWarRoom.Answering(), TestSigningKey.Rfc8032PublicKey, time: sentAt);
        var response = await bot.PostRawAsync("""{"type":1}""",
            "1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f", "1700000000");
        Assert.Equal(1, (await JsonOf(response)).GetProperty("type").GetInt32());
    }

    public static TheoryData<string> Forgeries => ["unsigned", "no timestamp", "bad hex", "other key", "tampered body", "tampered timestamp"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_request_that_fails_the_signature_check_gets_401_and_runs_nothing(string forgery)
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("should never be seen"));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);
        using var other = TestSigningKey.Random();
        var body = InteractionJson.Command("docker_images");
        var timestamp = DiscordBotServer.Now();
        var signature = _key.Sign(timestamp, body);

        var response = forgery switch
        {
            "unsigned" => await bot.PostRawAsync(body, null, null),
            "no timestamp" => await bot.PostRawAsync(body, signature, null),
            "bad hex" => await bot.PostRawAsync(body, "g" + signature[1..], timestamp),
            "other key" => await bot.PostRawAsync(body, other.Sign(timestamp, body), timestamp),
            "tampered body" => await bot.PostRawAsync(body.Replace("docker_images", "docker_image_update"), signature, timestamp),
            _ => await bot.PostRawAsync(body, signature, (long.Parse(timestamp) + 1).ToString()),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(warRoom.Messages);
        Assert.Empty(_discord.Requests);
    }

    [Fact]
    public async Task A_signed_docker_images_interaction_gets_its_answer_inline()
    {
        var warRoom = FakeWarRoom.Answering(
            new TableReply("Images", ["name", "tag"], [["demisto/python3-deb", "3.11.2.1"]]),
            new TextReply("1 image. Ping @everyone and <@&123>"));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.Command("docker_images", ("name", "python")), _key));

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        var data = response.GetProperty("data");
        Assert.Contains("demisto/python3-deb  3.11.2.1", data.GetProperty("content").GetString());
        Assert.Contains("1 image.", data.GetProperty("content").GetString());
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(data.TryGetProperty("flags", out _));
        var message = Assert.Single(warRoom.Messages);
        Assert.Equal(new ChatMessage("discord", InteractionJson.UserId, InteractionJson.ChannelId, "/docker_images name=python"), message with { FollowUp = null });
        // The interaction token goes with it, for telling the user if a crash cuts the command short (Discord takes it for 15 minutes).
        Assert.StartsWith("token-", message.FollowUp?.Address);
        Assert.InRange(message.FollowUp!.ValidUntil - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task The_members_roles_are_handed_to_the_war_room_with_the_message()
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("ok"));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);

        await bot.PostInteractionAsync(DiscordAccessIdentityTests.WithRoles("5678"), _key);

        var message = Assert.Single(warRoom.Messages);
        Assert.Equal(["5678"], message.Groups);
        Assert.Equal((InteractionJson.UserId, InteractionJson.ChannelId), (message.User, message.Channel));
    }

    [Fact]
    public async Task An_error_is_answered_only_to_the_user_who_asked()
    {
        var warRoom = FakeWarRoom.Answering(new ErrorReply("name must be lower case", "/docker_image_create name=NAME", 27, "/docker_image_create name=Bad"));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.Command("docker_image_create", ("name", "Bad")), _key));

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("name must be lower case", response.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_command_the_bot_does_not_know_is_refused_privately_without_running_anything()
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("should never be seen"));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.Command("docker_nuke"), _key));

        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("not a command of this bot", response.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(warRoom.Messages);
    }

    [Fact]
    public async Task A_slow_command_is_deferred_in_time_then_its_message_is_edited_with_progress_and_result()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var warRoom = new FakeWarRoom((_, ct) => SlowBuild(release.Task, ct));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);
        var token = "slow-token-" + Guid.NewGuid().ToString("N");

        var started = DateTimeOffset.UtcNow;
        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.CommandWithToken("docker_image_create", token, ("name", "example")), _key));
        var answeredAfter = DateTimeOffset.UtcNow - started;

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        Assert.True(answeredAfter < TimeSpan.FromSeconds(2.8), $"deferred after {answeredAfter}"); // Discord allows 3 s
        var editPath = $"/api/v10/webhooks/{FakeDiscord.ApplicationId}/{token}/messages/@original";
        var progress = await _discord.WaitForAsync(r => r.Any(x => x.Method == "PATCH" && x.Path == editPath));
        Assert.Contains("[1/2] build demisto/example:1.0.0.1: installing wget", progress.First(x => x.Method == "PATCH").Content);

        release.SetResult();
        var all = await _discord.WaitForAsync(r => r.Any(x => x.Method == "PATCH" && x.Content.Contains("Built demisto/example")));
        var final = all.Last(x => x.Method == "PATCH");
        Assert.Equal(editPath, final.Path);
        Assert.Contains("Built demisto/example:1.0.0.1", final.Content);
        Assert.Equal(0, final.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.DoesNotContain(all, r => r.Path.Contains("/callback")); // over HTTP the deferral was the response body
    }

    private static async IAsyncEnumerable<Reply> SlowBuild(Task release, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new ProgressReply("build demisto/example:1.0.0.1", "installing wget", 1, 2);
        await release.WaitAsync(cancellationToken);
        yield return new ProgressReply("build demisto/example:1.0.0.1", "done", 2, 2);
        yield return new CardReply("Built demisto/example:1.0.0.1", [new CardField("size", "120 MB")]);
    }

    [Fact]
    public async Task Long_output_edits_the_original_and_sends_the_rest_as_follow_ups_each_under_2000()
    {
        var output = string.Join("\n", Enumerable.Range(1, 150).Select(i => $"line {i:D3} " + new string('.', 40)));
        var warRoom = FakeWarRoom.Answering(new CodeBlockReply("", output));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);
        var token = "long-token-" + Guid.NewGuid().ToString("N");

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.CommandWithToken("run", token, ("line", "!Print value=long")), _key));
        Assert.Equal(5, response.GetProperty("type").GetInt32());

        var seen = await _discord.WaitForAsync(r => r.Any(x => x.Method == "POST" && x.Content.Contains("line 150")));
        var edit = Assert.Single(seen, x => x.Method == "PATCH");
        var followUps = seen.Where(x => x.Method == "POST").ToList();
        Assert.All(followUps, f => Assert.Equal($"/api/v10/webhooks/{FakeDiscord.ApplicationId}/{token}", f.Path));
        var contents = new[] { edit.Content }.Concat(followUps.Select(f => f.Content)).ToList();
        Assert.True(contents.Count > 2);
        Assert.All(contents, c => Assert.InRange(c.Length, 1, 2000));
        Assert.All(contents.Select((c, i) => (c, i)), x => Assert.EndsWith($"part {x.i + 1}/{contents.Count}", x.c));
        Assert.Contains("line 001", contents[0]);
        Assert.All(Enumerable.Range(1, 150), i => Assert.Contains(contents, c => c.Contains($"line {i:D3}")));
        Assert.Equal(["!Print value=long"], warRoom.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task A_failure_after_deferral_is_sent_privately_and_the_channel_only_learns_that_it_failed()
    {
        var warRoom = new FakeWarRoom((_, ct) => SlowFailure(ct));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.Command("docker_image_update", ("all", true)), _key));
        Assert.Equal(5, response.GetProperty("type").GetInt32());

        var seen = await _discord.WaitForAsync(r => r.Any(x => x.Method == "POST"));
        var privately = Assert.Single(seen, x => x.Method == "POST");
        Assert.Equal(64, privately.Json.GetProperty("flags").GetInt32());
        Assert.Contains("registry unreachable", privately.Content);
        var edit = seen.Last(x => x.Method == "PATCH");
        Assert.Contains("shown only to you", edit.Content);
        Assert.DoesNotContain("registry unreachable", edit.Content);
    }

    private static async IAsyncEnumerable<Reply> SlowFailure([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Delay(1500, cancellationToken);
        yield return new ErrorReply("registry unreachable");
    }

    [Fact]
    public async Task A_war_room_that_throws_is_reported_to_the_user_not_swallowed()
    {
        var warRoom = new FakeWarRoom((_, _) => throw new NotImplementedException("the parser is not written yet"));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.Command("help"), _key));

        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("the parser is not written yet", response.GetProperty("data").GetProperty("content").GetString());
    }
}
