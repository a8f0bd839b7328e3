using ChatOps.Bots.Slack;
using ChatOps.Bots.Slack.UserGroups;
using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Bots.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>A slash command reaches the war room with the sender's Slack user groups, read from usergroups.list and cached for Slack:UserGroupsCacheTtl.</summary>
public sealed class SlackUserGroupsTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _slack.UserGroups["S0SECENG"] = ["U2CERLKJA", "U0OTHER"];
        _slack.UserGroups["S0ONCALL"] = ["U2CERLKJA"];
        _slack.UserGroups["S0SALES"] = ["U0OTHER"];
    }

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Dictionary<string, string?> Settings(string ttl = "00:01:00")
    {
        var settings = SlackBotHost.Settings(_slack);
        settings["Slack:BotToken"] = "xoxb-test";
        settings["Slack:UserGroupsCacheTtl"] = ttl;
        return settings;
    }

    private static async Task SendAsync(SlackBotHost bot, FakeSlack slack, string user, string id)
    {
        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", slack.ResponseUrl(id), user: user)));
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_war_room_gets_the_groups_the_sender_is_a_member_of_and_no_other()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, Settings());

        await SendAsync(bot, _slack, "U2CERLKJA", "a");

        var message = Assert.Single(warRoom.Received);
        Assert.Equal(["S0ONCALL", "S0SECENG"], message.Groups!.Order());
        var call = Assert.Single(_slack.Api("usergroups.list"));
        Assert.Equal("Bearer xoxb-test", call.Authorization);
    }

    [Fact]
    public async Task A_burst_of_commands_within_the_cache_ttl_asks_slack_once()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, Settings());

        await SendAsync(bot, _slack, "U2CERLKJA", "a");
        await SendAsync(bot, _slack, "U0OTHER", "b");
        await SendAsync(bot, _slack, "U2CERLKJA", "c");

        Assert.Single(_slack.Api("usergroups.list"));
        Assert.Equal(["S0SALES", "S0SECENG"], warRoom.Received.Single(m => m.User == "U0OTHER").Groups!.Order());
    }

    [Fact]
    public async Task After_the_ttl_a_user_removed_from_a_group_no_longer_has_it()
    {
        var warRoom = ScriptedWarRoom.Quick();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await SlackBotHost.StartAsync(warRoom, Settings(ttl: "00:00:30"));
        // The adapter's own client and options, with a clock the test moves.
        var resolver = new SlackUserGroups(bot.Services.GetRequiredService<SlackApiClient>(),
            bot.Services.GetRequiredService<IOptions<SlackOptions>>(), clock, NullLogger<SlackUserGroups>.Instance);

        Assert.Contains("S0ONCALL", await resolver.OfAsync("U2CERLKJA", CancellationToken.None));
        _slack.UserGroups["S0ONCALL"] = [];
        clock.Now += TimeSpan.FromSeconds(29);
        Assert.Contains("S0ONCALL", await resolver.OfAsync("U2CERLKJA", CancellationToken.None));
        clock.Now += TimeSpan.FromSeconds(2);

        Assert.DoesNotContain("S0ONCALL", await resolver.OfAsync("U2CERLKJA", CancellationToken.None));
        Assert.Equal(2, _slack.Api("usergroups.list").Count());
    }

    [Fact]
    public async Task When_slack_refuses_the_call_the_sender_has_no_groups_and_the_command_still_reaches_the_war_room()
    {
        _slack.UserGroupsError = "missing_scope";
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, Settings());

        await SendAsync(bot, _slack, "U2CERLKJA", "a");

        Assert.Empty(Assert.Single(warRoom.Received).Groups!);
    }

    [Fact]
    public async Task Without_a_bot_token_slack_is_not_asked()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, SlackBotHost.Settings(_slack));

        await SendAsync(bot, _slack, "U2CERLKJA", "a");

        Assert.Empty(_slack.Api("usergroups.list"));
        Assert.Null(Assert.Single(warRoom.Received).Groups);
    }
}
