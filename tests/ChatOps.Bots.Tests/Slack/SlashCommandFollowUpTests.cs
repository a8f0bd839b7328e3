using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ChatOps.Bots.Tests.Slack.Support;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>End to end over 127.0.0.1: a slow command is acknowledged in time and its result follows.</summary>
public sealed class SlashCommandFollowUpTests : IAsyncLifetime
{
    private const string Short = "00:00:00.300";
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task A_slow_docker_images_is_acknowledged_in_time_and_its_table_arrives_at_the_response_url()
    {
        var warRoom = ScriptedWarRoom.Slow(TimeSpan.FromMilliseconds(250), progressCount: 8);
        await using var bot = await SlackBotHost.StartAsync(warRoom, SlackBotHost.Settings(_slack, Short));
        var form = SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("slow"));

        var clock = Stopwatch.StartNew();
        using var response = await bot.Client.SendAsync(SignedRequest.Create(form));
        var ackTime = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(ackTime < TimeSpan.FromSeconds(3), $"acknowledged after {ackTime.TotalMilliseconds} ms");
        var ack = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
        Assert.Contains(":hourglass_flowing_sand:", ack.GetProperty("blocks").ToString());
        Assert.DoesNotContain("demisto/python3-deb", ack.GetProperty("blocks").ToString());

        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the table at the response_url");
        await Task.Delay(200);
        var posts = _slack.ResponseUrlPosts.ToList();

        var resultAt = posts.FindIndex(p => p.BlocksText().Contains("demisto/python3-deb"));
        var result = posts[resultAt];
        Assert.Equal("in_channel", result.Text("response_type"));
        Assert.Equal("False", result.Text("replace_original"));
        var progress = posts.Take(resultAt).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, p =>
        {
            Assert.Equal("ephemeral", p.Text("response_type"));
            Assert.Equal("True", p.Text("replace_original"));
            Assert.Contains("reading engine", p.BlocksText());
        });
        Assert.True(posts.Count <= 5, $"{posts.Count} response_url uses");
        Assert.Contains("finished", posts[^1].BlocksText());
        Assert.Equal("True", posts[^1].Text("replace_original"));
    }

    [Fact]
    public async Task Many_progress_steps_never_use_the_response_url_more_than_five_times_and_the_result_still_arrives()
    {
        var warRoom = ScriptedWarRoom.Slow(TimeSpan.FromMilliseconds(120), progressCount: 20);
        await using var bot = await SlackBotHost.StartAsync(warRoom, SlackBotHost.Settings(_slack, Short));
        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("many"))));

        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the table at the response_url");
        await Task.Delay(300);
        Assert.Equal(5, _slack.ResponseUrlPosts.Count);
        Assert.Equal(3, _slack.ResponseUrlPosts.Count(p => p.BlocksText().Contains("reading engine")));
    }

    [Fact]
    public async Task With_a_bot_token_progress_is_posted_then_edited_and_the_result_is_the_final_edit()
    {
        var settings = SlackBotHost.Settings(_slack, Short);
        settings["Slack:BotToken"] = "xoxb-test";
        var warRoom = ScriptedWarRoom.Slow(TimeSpan.FromMilliseconds(250), progressCount: 3);
        await using var bot = await SlackBotHost.StartAsync(warRoom, settings);
        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("api"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Eventually.TrueAsync(() => _slack.Api("chat.update").Any(c => c.BlocksText().Contains("demisto/python3-deb")), "the table as a chat.update");
        var posted = Assert.Single(_slack.Api("chat.postMessage"));
        Assert.Equal("C0WARROOM", posted.Text("channel"));
        Assert.Equal("Bearer xoxb-test", posted.Authorization);
        Assert.All(_slack.Api("chat.update"), update =>
        {
            Assert.Equal("1700000000.000100", update.Text("ts"));
            Assert.Equal("C0WARROOM", update.Text("channel"));
        });
        Assert.Empty(_slack.ResponseUrlPosts);
    }

    [Fact]
    public async Task A_429_from_chat_postMessage_is_retried_after_the_retry_after_it_gave()
    {
        _slack.PostMessageRateLimits = 1;
        _slack.RetryAfterSeconds = 1;
        var settings = SlackBotHost.Settings(_slack, Short);
        settings["Slack:BotToken"] = "xoxb-test";
        await using var bot = await SlackBotHost.StartAsync(ScriptedWarRoom.Slow(TimeSpan.FromMilliseconds(400), progressCount: 1), settings);
        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("limited"))));

        await Eventually.TrueAsync(() => _slack.Api("chat.postMessage").Count() == 2, "the retried chat.postMessage");
        var attempts = _slack.Api("chat.postMessage").ToList();
        var waited = attempts[1].At - attempts[0].At;
        Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"retried after {waited.TotalMilliseconds} ms");
        await Eventually.TrueAsync(() => _slack.Api("chat.update").Any(c => c.BlocksText().Contains("demisto/python3-deb")), "the table as a chat.update");
    }

    [Fact]
    public async Task When_the_web_api_refuses_the_result_goes_to_the_response_url_instead()
    {
        var settings = SlackBotHost.Settings(_slack, Short);
        settings["Slack:BotToken"] = "xoxb-test";
        settings["Delivery:MaxRetries"] = "0";
        _slack.PostMessageRateLimits = 100;
        await using var bot = await SlackBotHost.StartAsync(ScriptedWarRoom.Slow(TimeSpan.FromMilliseconds(400), progressCount: 1), settings);
        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("fallback"))));

        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the table at the response_url");
        Assert.Empty(_slack.Api("chat.update"));
    }

    [Fact]
    public async Task If_the_worker_has_not_answered_by_the_ack_deadline_the_endpoint_acknowledges_and_the_result_follows()
    {
        var settings = SlackBotHost.Settings(_slack, inlineBudget: "00:00:05");
        settings["Slack:AckDeadline"] = "00:00:00.400";
        // The worker takes longer than Slack's 3 s, so an answer in time can only be the early acknowledgement.
        await using var bot = await SlackBotHost.StartAsync(new ScriptedWarRoom((TimeSpan.FromMilliseconds(4000), ScriptedWarRoom.ImagesTable())), settings);

        var clock = Stopwatch.StartNew();
        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("deadline"))));
        var ackTime = clock.Elapsed;

        Assert.True(ackTime < TimeSpan.FromSeconds(3), $"acknowledged after {ackTime.TotalMilliseconds} ms");
        Assert.Contains("Working on", await response.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the table at the response_url");
    }
}
