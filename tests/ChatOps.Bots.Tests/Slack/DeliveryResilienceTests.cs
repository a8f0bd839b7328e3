using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Bots.Tests.Support;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>
/// A fake Slack that drops connections and answers 500, 503 and 429 on the way back: every result still arrives,
/// a new message is never sent twice on a doubt, and a result Slack would not take comes at the next command.
/// </summary>
public sealed class DeliveryResilienceTests : IAsyncLifetime
{
    private const string Short = "00:00:00.300";
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Dictionary<string, string?> WithBotToken()
    {
        var settings = SlackBotHost.Settings(_slack, Short);
        settings["Slack:BotToken"] = "xoxb-test";
        return settings;
    }

    private static ScriptedWarRoom SlowImages() => ScriptedWarRoom.Slow(TimeSpan.FromMilliseconds(400), progressCount: 1);

    private bool TableAt(string route) => route == "response_url"
        ? _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb"))
        : _slack.Api(route).Any(c => c.BlocksText().Contains("demisto/python3-deb"));

    [Fact]
    public async Task The_result_edit_reaches_slack_through_a_500_a_dropped_connection_a_429_and_a_503()
    {
        _slack.Fail("chat.update", FakeFault.ServerError(), FakeFault.Dropped, FakeFault.RateLimited(0), FakeFault.ServerError(503));
        await using var bot = await SlackBotHost.StartAsync(SlowImages(), WithBotToken());

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("edit"))));

        await Eventually.TrueAsync(() => TableAt("chat.update"), "the table as a chat.update");
        Assert.Equal(4, _slack.FaultedCalls.Count(f => f.Route == "chat.update"));
        Assert.False(TableAt("response_url"));
    }

    [Fact]
    public async Task A_chat_postMessage_whose_answer_was_lost_is_not_sent_again_and_the_result_goes_by_the_response_url()
    {
        _slack.Fail("chat.postMessage", FakeFault.Dropped);
        await using var bot = await SlackBotHost.StartAsync(SlowImages(), WithBotToken());

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("lost"))));

        await Eventually.TrueAsync(() => TableAt("response_url"), "the table at the response_url");
        Assert.Single(_slack.FaultedCalls, f => f.Route == "chat.postMessage");
        Assert.Empty(_slack.Api("chat.postMessage"));
        Assert.Empty(_slack.Api("chat.update"));
    }

    [Fact]
    public async Task The_response_url_is_retried_through_a_500_a_429_and_a_503()
    {
        _slack.Fail("response_url", FakeFault.ServerError(), FakeFault.RateLimited(0), FakeFault.ServerError(503));
        await using var bot = await SlackBotHost.StartAsync(SlowImages(), SlackBotHost.Settings(_slack, Short));

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("retried"))));

        await Eventually.TrueAsync(() => TableAt("response_url"), "the table at the response_url");
        Assert.Equal(3, _slack.FaultedCalls.Count);
    }

    [Fact]
    public async Task A_result_slack_would_not_take_is_shown_at_the_same_users_next_command_in_the_channel_and_to_no_one_else()
    {
        _slack.Fail("response_url", Enumerable.Repeat(FakeFault.ServerError(), 50).ToArray());
        await using var bot = await SlackBotHost.StartAsync(SlowImages(), SlackBotHost.Settings(_slack, Short), keptResultsFirst: true);

        using (await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("down"), user: "U0ALICE")))) { }
        await Eventually.TrueAsync(() => KeptResultsTable.Count(bot.StorageFolder) == 1, "the undelivered result kept");
        _slack.Heal();

        using (await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("bob"), user: "U0BOB")))) { }
        await Eventually.TrueAsync(() => Results("bob").Any(), "Bob's own result");
        using (await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("again"), user: "U0ALICE")))) { }
        await Eventually.TrueAsync(() => Results("again").Any(text => text.Contains("Not delivered earlier")), "the kept result at Alice's next command");

        Assert.DoesNotContain(Results("bob"), text => text.Contains("Not delivered earlier"));
        Assert.Contains(Results("again"), text => text.Contains("/docker_images") && text.Contains("internal_error"));
        Assert.Equal(0, KeptResultsTable.Count(bot.StorageFolder));
    }

    /// <summary>The blocks of the results (posts carrying the table) sent to one command's response_url.</summary>
    private IEnumerable<string> Results(string responseUrlId) =>
        _slack.ResponseUrlPosts.Where(p => p.Path.EndsWith("/" + responseUrlId, StringComparison.Ordinal))
            .Select(p => p.BlocksText()).Where(text => text.Contains("demisto/python3-deb"));
}
