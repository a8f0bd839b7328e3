using ChatOps.Bots.Tests.Slack.Support;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>Socket Mode against the fake Slack's apps.connections.open and WebSocket on 127.0.0.1.</summary>
public sealed class SocketModeTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task An_envelope_is_acked_its_command_answered_and_a_refresh_opens_the_new_socket_before_closing_the_old()
    {
        var settings = SlackBotHost.Settings(_slack);
        settings["Slack:AppToken"] = "xapp-test";
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, settings);

        await Eventually.TrueAsync(() => _slack.Events.Contains("closed:1") && _slack.Events.Contains("connected:2"),
            "a second socket and the first one closed after the refresh");
        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the table at the response_url");

        var events = _slack.Events.ToList();
        Assert.Contains("ack:1:env-1", events);
        Assert.True(events.IndexOf("connected:2") < events.IndexOf("closed:1"), string.Join(", ", events));
        Assert.All(_slack.Api("apps.connections.open"), call => Assert.Equal("Bearer xapp-test", call.Authorization));
        Assert.Equal(2, _slack.Api("apps.connections.open").Count());

        var message = Assert.Single(warRoom.Received);
        Assert.Equal(new ChatMessage("slack", "U0SOCKET", "C0WARROOM", "/docker_images"), message with { FollowUp = null });
        // A quick command is one post; under load it may first get a "working" post, never more than the budget.
        var result = Assert.Single(_slack.ResponseUrlPosts, p => p.BlocksText().Contains("demisto/python3-deb"));
        Assert.Equal("in_channel", result.Text("response_type"));
        Assert.InRange(_slack.ResponseUrlPosts.Count, 1, 5);
    }

    [Fact]
    public async Task Without_an_app_token_socket_mode_does_not_connect()
    {
        await using var bot = await SlackBotHost.StartAsync(ScriptedWarRoom.Quick(), SlackBotHost.Settings(_slack));
        await Task.Delay(300);
        Assert.Empty(_slack.Api("apps.connections.open"));
    }

    [Fact]
    public async Task A_failing_apps_connections_open_is_retried_with_growing_delays_until_it_connects()
    {
        _slack.ConnectionOpenFailures = 3;
        var settings = SlackBotHost.Settings(_slack);
        settings["Slack:AppToken"] = "xapp-test";
        await using var bot = await SlackBotHost.StartAsync(ScriptedWarRoom.Quick(), settings);

        await Eventually.TrueAsync(() => _slack.Events.Contains("connected:1"), "a connection after three failures");
        var opens = _slack.Api("apps.connections.open").Select(c => c.At).ToList();
        Assert.True(opens.Count >= 4, $"{opens.Count} attempts");
        // Initial delay 50 ms doubling: at least 25, 50, 100 ms apart (half of each ceiling, the jitter's floor).
        Assert.True(opens[1] - opens[0] >= TimeSpan.FromMilliseconds(20), $"{(opens[1] - opens[0]).TotalMilliseconds} ms");
        Assert.True(opens[3] - opens[2] >= TimeSpan.FromMilliseconds(90), $"{(opens[3] - opens[2]).TotalMilliseconds} ms");
    }
}
