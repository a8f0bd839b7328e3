using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatOps.Bots.Slack;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>
/// The Approve / Deny buttons on Slack: rendered as a Block Kit actions block, pressed as Slack's documented
/// block_actions payload, over the interactivity endpoint (signed like a slash command) and over Socket Mode.
/// </summary>
public sealed class ButtonPressTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public void A_card_with_buttons_ends_in_an_actions_block_whose_buttons_name_the_command_and_carry_the_id()
    {
        var card = new CardReply("Approval request 12: demisto/x:1.0.0.3", [new CardField("image", "demisto/x:1.0.0.3")])
        {
            Buttons = [new ReplyButton("Approve", "/docker_image_approve", "12", ReplyButtonStyle.Primary), new ReplyButton("Deny", "/docker_image_deny", "12", ReplyButtonStyle.Danger)],
        };

        var json = JsonSerializer.SerializeToElement(new BlockKitRenderer().RenderResult("/docker_image_create name=x", [card]), SlackJson.Options);

        var actions = json.GetProperty("blocks").EnumerateArray().Last();
        Assert.Equal("actions", actions.GetProperty("type").GetString());
        var buttons = actions.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(["button", "button"], buttons.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal(["docker_image_approve", "docker_image_deny"], buttons.Select(b => b.GetProperty("action_id").GetString()));
        Assert.Equal(["12", "12"], buttons.Select(b => b.GetProperty("value").GetString()));
        Assert.Equal(["primary", "danger"], buttons.Select(b => b.GetProperty("style").GetString()));
        Assert.Equal("plain_text", buttons[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("Approve", buttons[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public void The_documented_signature_computed_here_reproduces_slacks_own_example()
    {
        // From chat-test-vectors.txt (Slack's documented example), so the presses below are signed as Slack signs.
        const string body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
            DocumentedSignature("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body));
    }

    [Fact]
    public async Task A_signed_button_press_is_acknowledged_at_once_and_runs_the_command_it_stands_for()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, SlackBotHost.Settings(_slack));

        var response = await bot.Client.SendAsync(Signed(Press("docker_image_approve", "12")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the answer at the press's response_url");
        Assert.Equal(new ChatMessage("slack", "U0APPROVER", "C0WARROOM", "/docker_image_approve id=12"), Assert.Single(warRoom.Received) with { FollowUp = null });
        Assert.Contains(_slack.ResponseUrlPosts, p => p.Path.EndsWith("/hooks/actions/T1/press", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("docker_image_delete", "12")]              // a command no button runs
    [InlineData("docker_image_approve", "12 force=true")]  // more than an id
    [InlineData("docker_image_approve", "")]
    public async Task A_press_whose_action_or_value_is_not_ours_is_refused_and_nothing_runs(string action, string value)
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, SlackBotHost.Settings(_slack));

        var response = await bot.Client.SendAsync(Signed(Press(action, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("malformed button press: ", await response.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Empty(warRoom.Received);
    }

    [Fact]
    public async Task A_press_signed_with_another_secret_is_refused_401_and_nothing_runs()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, SlackBotHost.Settings(_slack));

        var response = await bot.Client.SendAsync(Signed(Press("docker_image_approve", "12"), secret: "not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(warRoom.Received);
    }

    [Fact]
    public async Task A_press_over_socket_mode_is_acked_with_its_envelope_id_and_runs_the_command_it_stands_for()
    {
        _slack.SocketInteractivePayload = PressPayload("docker_image_deny", "12");
        var settings = SlackBotHost.Settings(_slack);
        settings["Slack:AppToken"] = "xapp-test";
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await SlackBotHost.StartAsync(warRoom, settings);

        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the answer at the press's response_url");

        Assert.Contains("ack:1:env-1", _slack.Events);
        Assert.Equal(new ChatMessage("slack", "U0APPROVER", "C0WARROOM", "/docker_image_deny id=12"), Assert.Single(warRoom.Received) with { FollowUp = null });
    }

    /// <summary>A block_actions payload as Slack documents it (interactivity, block_actions), one button pressed.</summary>
    private object PressPayload(string action, string value) => new
    {
        type = "block_actions",
        team = new { id = "T1", domain = "war" },
        user = new { id = "U0APPROVER", username = "approver", team_id = "T1" },
        api_app_id = "A1",
        token = "ignored",
        container = new { type = "message", message_ts = "1700000000.000100", channel_id = "C0WARROOM", is_ephemeral = false },
        trigger_id = "1.2.3",
        channel = new { id = "C0WARROOM", name = "war-room" },
        response_url = new Uri(_slack.BaseUrl, "hooks/actions/T1/press").ToString(),
        actions = new[]
        {
            new { action_id = action, block_id = "b1", text = new { type = "plain_text", text = "Approve" }, value, style = "primary", type = "button", action_ts = "1700000001.000200" },
        },
    };

    private string Press(string action, string value) => SignedRequest.Form(("payload", JsonSerializer.Serialize(PressPayload(action, value))));

    private static HttpRequestMessage Signed(string body, string secret = SignedRequest.Secret)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var request = SignedRequest.Unsigned(Encoding.UTF8.GetBytes(body));
        request.RequestUri = new Uri("/slack/interactions", UriKind.Relative);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", DocumentedSignature(secret, timestamp, body));
        return request;
    }

    /// <summary>Slack's documented scheme, written here without the bot's code: v0= HMAC-SHA256(secret, "v0:" + timestamp + ":" + body) in hex.</summary>
    private static string DocumentedSignature(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
}
