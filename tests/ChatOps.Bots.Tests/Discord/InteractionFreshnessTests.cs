using System.Globalization;
using System.Net;
using System.Text;
using ChatOps.Bots.Discord;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>
/// Captured interactions sent again, stale or oddly stamped ones, and bodies the bot must not buffer: each is
/// refused at the interactions endpoint, over a real socket, and runs nothing.
/// </summary>
public sealed class InteractionFreshnessTests : FakeDiscordTest
{
    private const int OneMiB = 1 << 20;

    private static string UnixSeconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_same_signed_interaction_sent_twice_runs_once()
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("ran"));
        await using var bot = await DiscordBotServer.StartAsync(Fake, warRoom, Key.PublicKeyHex);
        var body = InteractionJson.Command("docker_images");
        var timestamp = DiscordBotServer.Now();
        var signature = Key.Sign(timestamp, body);

        var first = await bot.PostRawAsync(body, signature, timestamp);
        var replay = await bot.PostRawAsync(body, signature, timestamp);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Single(warRoom.Messages);
    }

    [Fact]
    public async Task An_interaction_replayed_after_a_restart_of_the_bot_is_still_refused()
    {
        var shared = Directory.CreateTempSubdirectory("chatops-discord-replay-").FullName;
        try
        {
            var body = InteractionJson.Command("docker_images");
            var timestamp = DiscordBotServer.Now();
            var signature = Key.Sign(timestamp, body);
            var before = FakeWarRoom.Answering(new TextReply("ran"));
            await using (var bot = await DiscordBotServer.StartAsync(Fake, before, Key.PublicKeyHex, s => s["Storage:Folder"] = shared))
                Assert.Equal(HttpStatusCode.OK, (await bot.PostRawAsync(body, signature, timestamp)).StatusCode);

            var after = FakeWarRoom.Answering(new TextReply("ran again"));
            await using var restarted = await DiscordBotServer.StartAsync(Fake, after, Key.PublicKeyHex, s => s["Storage:Folder"] = shared);
            var replay = await restarted.PostRawAsync(body, signature, timestamp);

            Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
            Assert.Empty(after.Messages);
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public async Task An_interaction_id_seen_before_is_refused_even_under_a_new_timestamp_and_signature()
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("ran"));
        await using var bot = await DiscordBotServer.StartAsync(Fake, warRoom, Key.PublicKeyHex);
        var body = InteractionJson.Command("docker_images");

        var first = await bot.PostInteractionAsync(body, Key, UnixSeconds(DateTimeOffset.UtcNow));
        var again = await bot.PostInteractionAsync(body, Key, UnixSeconds(DateTimeOffset.UtcNow.AddSeconds(-30)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Single(warRoom.Messages);
    }

    [Fact]
    public async Task A_replayed_ping_is_refused_too()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(), Key.PublicKeyHex);
        var timestamp = DiscordBotServer.Now();
        var signature = Key.Sign(timestamp, InteractionJson.Ping());

        Assert.Equal(HttpStatusCode.OK, (await bot.PostRawAsync(InteractionJson.Ping(), signature, timestamp)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostRawAsync(InteractionJson.Ping(), signature, timestamp)).StatusCode);
    }

    public static TheoryData<string> OutOfTime => ["a year old", "ten minutes old", "ten minutes ahead"];

    [Theory]
    [MemberData(nameof(OutOfTime))]
    public async Task A_correctly_signed_interaction_stamped_outside_the_tolerance_is_refused(string when)
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("should never be seen"));
        await using var bot = await DiscordBotServer.StartAsync(Fake, warRoom, Key.PublicKeyHex);
        var signedAt = when switch
        {
            "a year old" => DateTimeOffset.UtcNow.AddDays(-365),
            "ten minutes old" => DateTimeOffset.UtcNow.AddMinutes(-10),
            _ => DateTimeOffset.UtcNow.AddMinutes(10),
        };

        var response = await bot.PostInteractionAsync(InteractionJson.Command("docker_images"), Key, UnixSeconds(signedAt));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(warRoom.Messages);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("1700000000.5")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    public async Task A_timestamp_that_is_not_unix_seconds_is_refused_though_signed(string timestamp)
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("should never be seen"));
        await using var bot = await DiscordBotServer.StartAsync(Fake, warRoom, Key.PublicKeyHex);

        var response = await bot.PostInteractionAsync(InteractionJson.Command("docker_images"), Key, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(warRoom.Messages);
    }

    public static TheoryData<string> BadHeaders => ["no headers", "no signature", "no timestamp", "short signature", "signature not hex", "timestamp hello"];

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public async Task A_one_MiB_body_with_missing_or_malformed_signature_headers_is_refused_before_it_is_sent(string headers)
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(), Key.PublicKeyHex);
        var signature = new string('a', 128);
        var timestamp = DiscordBotServer.Now();
        (string, string)[] sent = headers switch
        {
            "no headers" => [],
            "no signature" => [("X-Signature-Timestamp", timestamp)],
            "no timestamp" => [("X-Signature-Ed25519", signature)],
            "short signature" => [("X-Signature-Ed25519", signature[..127]), ("X-Signature-Timestamp", timestamp)],
            "signature not hex" => [("X-Signature-Ed25519", "z" + signature[1..]), ("X-Signature-Timestamp", timestamp)],
            _ => [("X-Signature-Ed25519", signature), ("X-Signature-Timestamp", "hello")],
        };

        // Only the head goes out: a server that read the 1 MiB body before looking at the headers would never answer.
        var status = await RawHttpExchange.StatusAfterPartialBodyAsync(bot.BaseUrl, DiscordEndpointRouteBuilderExtensions.InteractionsPath,
            [("Content-Type", "application/json"), ("Content-Length", OneMiB.ToString(CultureInfo.InvariantCulture)), .. sent], []);

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task A_signed_body_that_says_it_is_over_the_limit_is_refused_unread()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(), Key.PublicKeyHex);
        var timestamp = DiscordBotServer.Now();

        var status = await RawHttpExchange.StatusAfterPartialBodyAsync(bot.BaseUrl, DiscordEndpointRouteBuilderExtensions.InteractionsPath,
            [("Content-Type", "application/json"), ("Content-Length", (OneMiB + 1).ToString(CultureInfo.InvariantCulture)),
             ("X-Signature-Ed25519", new string('a', 128)), ("X-Signature-Timestamp", timestamp)], []);

        Assert.Equal(413, status);
    }

    [Fact]
    public async Task A_chunked_body_is_refused_as_soon_as_it_passes_the_limit_without_waiting_for_its_end()
    {
        const int limit = 64 * 1024;
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(), Key.PublicKeyHex,
            settings => settings["Discord:MaxBodyBytes"] = limit.ToString(CultureInfo.InvariantCulture));
        var timestamp = DiscordBotServer.Now();
        var overLimit = Encoding.ASCII.GetBytes(new string(' ', limit + 1));

        // No length up front and no final chunk: only counting while it streams can find it too long.
        var status = await RawHttpExchange.StatusAfterPartialBodyAsync(bot.BaseUrl, DiscordEndpointRouteBuilderExtensions.InteractionsPath,
            [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"),
             ("X-Signature-Ed25519", Key.Sign(timestamp, "")), ("X-Signature-Timestamp", timestamp)], RawHttpExchange.Chunk(overLimit));

        Assert.Equal(413, status);
    }
}
