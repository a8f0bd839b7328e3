using ChatOps.Audit;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>A command a crash cut short, told on Discord: a private follow-up on its token while Discord takes it, else in the channel.</summary>
public sealed class InterruptedCommandNoticeTests : FakeDiscordTest
{
    private static readonly ErrorReply Notice = new("!Print did not finish: the bot stopped while it ran (received 2026-12-02T04:00:00Z). Whatever it had not answered is lost; run it again if you still need it.");
    private static readonly InterruptedCommand Command = new(9, "2026-12-02T04:00:00Z", "discord", InteractionJson.UserId, InteractionJson.ChannelId, "!Print", "!Print value=x");

    [Fact]
    public async Task With_a_token_still_valid_the_user_alone_is_told_in_a_follow_up()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(), Key.PublicKeyHex);

        Assert.True(await Notifier(bot).TellAsync(Command, new FollowUpRoute("crashed-token", DateTimeOffset.UtcNow.AddMinutes(10)), Notice, CancellationToken.None));

        var call = Assert.Single(Fake.Requests);
        Assert.Equal(("POST", $"/api/v10/webhooks/{FakeDiscord.ApplicationId}/crashed-token"), (call.Method, call.Path));
        Assert.Equal(64, call.Json.GetProperty("flags").GetInt32());
        Assert.Contains("did not finish: the bot stopped while it ran", call.Json.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Without_a_valid_token_it_goes_to_the_channel_naming_the_user_when_there_is_a_bot_token()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(), Key.PublicKeyHex, adjust: s => s["Discord:BotToken"] = "bot-token");

        Assert.True(await Notifier(bot).TellAsync(Command, new FollowUpRoute("old-token", DateTimeOffset.UtcNow.AddSeconds(-1)), Notice, CancellationToken.None));

        var call = Assert.Single(Fake.Requests);
        Assert.Equal(("POST", $"/api/v10/channels/{InteractionJson.ChannelId}/messages", "Bot bot-token"), (call.Method, call.Path, call.Authorization));
        Assert.StartsWith($"<@{InteractionJson.UserId}> ", call.Json.GetProperty("content").GetString());
        Assert.Equal(0, call.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Without_a_valid_token_or_a_bot_token_it_is_left_undelivered()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(), Key.PublicKeyHex);

        Assert.False(await Notifier(bot).TellAsync(Command, null, Notice, CancellationToken.None));
        Assert.Empty(Fake.Requests);
    }

    private static IInterruptedCommandNotifier Notifier(DiscordBotServer bot) =>
        bot.Services.GetServices<IInterruptedCommandNotifier>().Single(n => n.Platform == "discord");
}
