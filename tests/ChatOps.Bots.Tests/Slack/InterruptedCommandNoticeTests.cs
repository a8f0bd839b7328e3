using ChatOps.Audit;
using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>A command a crash cut short, told on Slack: at its response_url while Slack takes it, else in the channel.</summary>
public sealed class InterruptedCommandNoticeTests : IAsyncLifetime
{
    private static readonly ErrorReply Notice = new("/content_update_images did not finish: the bot stopped while it ran (received 2026-12-02T04:00:00Z). Whatever it had not answered is lost; run it again if you still need it.");
    private static readonly InterruptedCommand Command = new(7, "2026-12-02T04:00:00Z", "slack", "U0EVE", "C0WARROOM", "/content_update_images", "/content_update_images");

    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task With_a_response_url_still_valid_the_user_alone_is_told_there()
    {
        await using var bot = await SlackBotHost.StartAsync(ScriptedWarRoom.Quick(), SlackBotHost.Settings(_slack));
        var route = new FollowUpRoute(_slack.ResponseUrl("crashed").ToString(), DateTimeOffset.UtcNow.AddMinutes(20));

        Assert.True(await Notifier(bot).TellAsync(Command, route, Notice, CancellationToken.None));

        var post = Assert.Single(_slack.ResponseUrlPosts);
        Assert.EndsWith("/hooks/commands/T1/crashed", post.Path);
        Assert.Equal("ephemeral", post.Text("response_type"));
        Assert.Contains("did not finish: the bot stopped while it ran", post.BlocksText());
        Assert.Empty(_slack.Api("chat.postMessage"));
    }

    [Fact]
    public async Task Without_a_valid_route_it_goes_to_the_channel_naming_the_user_when_there_is_a_bot_token()
    {
        var settings = SlackBotHost.Settings(_slack);
        settings["Slack:BotToken"] = "xoxb-test";
        await using var bot = await SlackBotHost.StartAsync(ScriptedWarRoom.Quick(), settings);
        var expired = new FollowUpRoute(_slack.ResponseUrl("old").ToString(), DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.True(await Notifier(bot).TellAsync(Command, expired, Notice, CancellationToken.None));

        Assert.Empty(_slack.ResponseUrlPosts);
        var post = Assert.Single(_slack.Api("chat.postMessage"));
        Assert.Equal("C0WARROOM", post.Text("channel"));
        var text = Assert.Single(post.Body.GetProperty("blocks").EnumerateArray()).GetProperty("text").GetProperty("text").GetString();
        Assert.StartsWith("<@U0EVE>: :x: /content_update_images did not finish: the bot stopped while it ran", text);
    }

    [Fact]
    public async Task A_response_url_slack_no_longer_takes_and_no_bot_token_leave_it_undelivered()
    {
        _slack.Fail("response_url", FakeFault.ServerError(404));
        await using var bot = await SlackBotHost.StartAsync(ScriptedWarRoom.Quick(), SlackBotHost.Settings(_slack));
        var route = new FollowUpRoute(_slack.ResponseUrl("spent").ToString(), DateTimeOffset.UtcNow.AddMinutes(20));

        Assert.False(await Notifier(bot).TellAsync(Command, route, Notice, CancellationToken.None));
        Assert.Empty(_slack.Api("chat.postMessage"));
    }

    private static IInterruptedCommandNotifier Notifier(SlackBotHost bot) =>
        bot.Services.GetServices<IInterruptedCommandNotifier>().Single(n => n.Platform == "slack");
}
