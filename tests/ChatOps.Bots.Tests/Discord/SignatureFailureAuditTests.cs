using System.Net;
using ChatOps.Audit;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Bots.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>An interaction that fails the signature check is reported to the audit, without its body; a signed one is not.</summary>
public sealed class SignatureFailureAuditTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = TestSigningKey.Rfc8032();
    private readonly RecordingRejections _rejections = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _key.Dispose();
    }

    private Task<DiscordBotServer> StartAsync() => DiscordBotServer.StartAsync(_discord, FakeWarRoom.Answering(), _key.PublicKeyHex,
        services: services => services.AddSingleton<IRejectedRequests>(_rejections));

    [Fact]
    public async Task A_forged_interaction_is_on_record_with_where_it_came_from_and_nothing_it_said()
    {
        await using var bot = await StartAsync();
        using var other = TestSigningKey.Random();
        var body = InteractionJson.Command("docker_image_create", ("name", "secret_payload"));
        var timestamp = DiscordBotServer.Now();

        var response = await bot.PostRawAsync(body, other.Sign(timestamp, body), timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(("discord", "signature check failed", "127.0.0.1"), Assert.Single(_rejections.Rejected));
    }

    [Fact]
    public async Task A_signed_ping_is_not_a_rejection()
    {
        await using var bot = await StartAsync();

        var response = await bot.PostInteractionAsync(InteractionJson.Ping(), _key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_rejections.Rejected);
    }
}
