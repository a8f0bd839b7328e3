using System.Net;
using ChatOps.Audit;
using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Bots.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>A slash command that fails the signature check is reported to the audit, without its body; a good one is not.</summary>
public sealed class SignatureFailureAuditTests : IAsyncLifetime
{
    private readonly RecordingRejections _rejections = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Task<SlackBotHost> StartAsync(ScriptedWarRoom warRoom) =>
        SlackBotHost.StartAsync(warRoom, SlackBotHost.Settings(_slack), services: services => services.AddSingleton<IRejectedRequests>(_rejections));

    [Fact]
    public async Task A_wrong_signature_is_on_record_with_why_and_from_where_but_not_what_it_said()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await StartAsync(warRoom);
        var form = SignedRequest.SlashCommand("/docker_image_create", "name=secret_payload", _slack.ResponseUrl("x"));

        using var response = await bot.Client.SendAsync(SignedRequest.Create(form, secret: "not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var (platform, reason, remote) = Assert.Single(_rejections.Rejected);
        Assert.Equal(("slack", "signature check failed: WrongSignature", "127.0.0.1"), (platform, reason, remote));
        Assert.DoesNotContain("secret_payload", reason);
        Assert.Empty(warRoom.Received);
    }

    [Fact]
    public async Task A_button_press_with_a_wrong_signature_is_on_record_the_same_way()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await StartAsync(warRoom);
        var request = SignedRequest.Create(SignedRequest.Form(("payload", """{"type":"block_actions","secret":"press_payload"}""")), secret: "not-the-secret");
        request.RequestUri = new Uri("/slack/interactions", UriKind.Relative);

        using var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var (platform, reason, _) = Assert.Single(_rejections.Rejected);
        Assert.Equal(("slack", "signature check failed: WrongSignature"), (platform, reason));
        Assert.Empty(warRoom.Received);
    }

    [Fact]
    public async Task Missing_signature_headers_are_on_record_too()
    {
        await using var bot = await StartAsync(ScriptedWarRoom.Quick());

        using var response = await bot.Client.SendAsync(SignedRequest.Unsigned("command=%2Fdocker_images"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("missing Slack signature headers", Assert.Single(_rejections.Rejected).Reason);
    }

    [Fact]
    public async Task A_correctly_signed_command_is_not_a_rejection()
    {
        var warRoom = ScriptedWarRoom.Quick();
        await using var bot = await StartAsync(warRoom);

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("y"))));

        response.EnsureSuccessStatusCode();
        Assert.Empty(_rejections.Rejected);
        Assert.Single(warRoom.Received);
    }
}
