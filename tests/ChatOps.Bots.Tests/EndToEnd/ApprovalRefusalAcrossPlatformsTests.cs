using System.Text.Json;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Bots.Tests.Slack.Support;

namespace ChatOps.Bots.Tests.EndToEnd;

/// <summary>
/// The Approve button pressed by someone without images.approve, through the real war room with an Access section:
/// the same permission check and the same words on Slack, Discord and the console, and each refusal on the audit chain.
/// </summary>
public sealed class ApprovalRefusalAcrossPlatformsTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Access = new()
    {
        ["Access:Admins:0"] = "console:root",
        ["Access:Roles:builder:0"] = "images.create",
        ["Access:Grants:0:To"] = "slack:U0BYSTANDER",
        ["Access:Grants:0:Roles:0"] = "builder",
        ["Access:Grants:1:To"] = $"discord:{InteractionJson.UserId}",
        ["Access:Grants:1:Roles:0"] = "builder",
    };

    private readonly RealWarRoom _room = new(Access);
    private readonly TestSigningKey _key = TestSigningKey.Rfc8032();
    private FakeSlack _slack = null!;
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _discord = await FakeDiscord.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _discord.DisposeAsync();
        _key.Dispose();
        _room.Dispose();
    }

    [Fact]
    public async Task Pressing_approve_without_images_approve_is_refused_in_the_same_words_everywhere_and_recorded()
    {
        const string Grantors = "it needs the permission images.approve. Ask an admin to grant it: console:root.";

        // Slack: the press over the interactivity endpoint; the refusal comes back at its response_url.
        await using (var slack = await SlackBotHost.StartAsync(_room.WarRoom, SlackBotHost.Settings(_slack)))
        {
            var press = SignedRequest.Form(("payload", JsonSerializer.Serialize(new
            {
                type = "block_actions",
                team = new { id = "T1" },
                user = new { id = "U0BYSTANDER" },
                channel = new { id = "C0WARROOM" },
                response_url = new Uri(_slack.BaseUrl, "hooks/actions/T1/refused").ToString(),
                actions = new[] { new { action_id = "docker_image_approve", value = "12", type = "button" } },
            })));
            var request = SignedRequest.Create(press);
            request.RequestUri = new Uri("/slack/interactions", UriKind.Relative);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await slack.Client.SendAsync(request)).StatusCode);
            await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("images.approve")), "the refusal at the response_url");
        }
        var slackRefusal = _slack.ResponseUrlPosts.Single(p => p.BlocksText().Contains("images.approve"));
        Assert.Contains($"slack:U0BYSTANDER may not run /docker_image_approve in slack:C0WARROOM: {Grantors}", slackRefusal.BlocksText());
        Assert.Equal("ephemeral", slackRefusal.Text("response_type"));

        // Discord: the press as a component interaction; the refusal is the private initial response.
        await using (var discord = await DiscordBotServer.StartAsync(_discord, _room.WarRoom, _key.PublicKeyHex))
        {
            var body = JsonDocument.Parse(await (await discord.PostInteractionAsync(InteractionJson.Button("docker_image_approve:12"), _key)).Content.ReadAsStringAsync()).RootElement;
            var data = body.GetProperty("data");
            Assert.Equal(64, data.GetProperty("flags").GetInt32());
            Assert.Contains($"discord:{InteractionJson.UserId} may not run /docker\\_image\\_approve in discord:{InteractionJson.ChannelId}: {Grantors}",
                data.GetProperty("content").GetString());
        }

        // The console types the line the buttons stand for.
        var console = new List<ChatOps.Replies.Reply>();
        await foreach (var reply in _room.WarRoom.HandleAsync(new ChatMessage("console", "bystander", "war-room", "/docker_image_approve id=12"), CancellationToken.None))
            console.Add(reply);
        Assert.Equal($"console:bystander may not run /docker_image_approve in console:war-room: {Grantors}", Assert.IsType<ChatOps.Replies.ErrorReply>(Assert.Single(console)).Message);

        var audited = await _room.AuditedOutcomesAsync();
        Assert.Contains(audited, a => a.StartsWith("slack:U0BYSTANDER /docker_image_approve: refused: slack:U0BYSTANDER may not run", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.StartsWith($"discord:{InteractionJson.UserId} /docker_image_approve: refused: discord:", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.StartsWith("console:bystander /docker_image_approve: refused: console:bystander may not run", StringComparison.Ordinal));
    }
}
