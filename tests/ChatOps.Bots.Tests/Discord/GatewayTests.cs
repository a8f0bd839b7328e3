using System.Runtime.CompilerServices;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>
/// The gateway client against a fake gateway WebSocket on 127.0.0.1: HELLO, heartbeats, IDENTIFY, READY,
/// INTERACTION_CREATE answered over REST, op 7 reconnect -> RESUME, op 9 -> IDENTIFY, fatal close codes.
/// </summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private const string BotToken = "gateway-bot-token";
    private readonly TestSigningKey _key = TestSigningKey.Rfc8032();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _key.Dispose();
    }

    private Task<DiscordBotServer> StartBotAsync(FakeWarRoom warRoom) =>
        DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex, s =>
        {
            s["Discord:BotToken"] = BotToken;
            s["Discord:GatewayEnabled"] = "true";
        });

    private async Task<FakeGatewayConnection> ReadyAsync(int heartbeatIntervalMs = 5000)
    {
        var connection = await _discord.AcceptAsync();
        await connection.HelloAsync(heartbeatIntervalMs);
        await connection.ReceiveOpAsync(2);
        await connection.DispatchAsync("READY", 1, new { v = 10, session_id = "session-1", resume_gateway_url = _discord.ResumeUrl });
        return connection;
    }

    [Fact]
    public async Task The_bot_identifies_without_privileged_intents_and_heartbeats_after_a_jittered_first_beat()
    {
        await using var bot = await StartBotAsync(FakeWarRoom.Answering());
        var connection = await _discord.AcceptAsync();
        Assert.StartsWith("/gateway?v=10&encoding=json", connection.Path);

        await connection.HelloAsync(600);
        var identify = (await connection.ReceiveOpAsync(2)).GetProperty("d");
        Assert.Equal(BotToken, identify.GetProperty("token").GetString());
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        await connection.DispatchAsync("READY", 1, new { v = 10, session_id = "session-1", resume_gateway_url = _discord.ResumeUrl });
        await connection.DispatchAsync("SOMETHING_ELSE", 2, new { });

        await connection.ReceiveOpAsync(1);
        await connection.ReceiveOpAsync(1);
        await connection.ReceiveOpAsync(1);
        var beats = connection.Heartbeats;
        // Bounds leave a loaded machine room (a first connection also pays for JIT); the interval is what is pinned.
        Assert.True(beats[0].At - connection.HelloAt <= TimeSpan.FromMilliseconds(600 + 1400), $"first beat after {beats[0].At - connection.HelloAt}");
        Assert.InRange((beats[2].At - beats[1].At).TotalMilliseconds, 450, 2500);
        Assert.Equal(2, beats[2].Payload.GetProperty("d").GetInt32()); // the last sequence number seen
    }

    [Fact]
    public async Task An_interaction_from_the_gateway_is_answered_through_the_callback_endpoint()
    {
        var warRoom = FakeWarRoom.Answering(new TableReply(null, ["name"], [["demisto/with-wget"]]));
        await using var bot = await StartBotAsync(warRoom);
        var connection = await ReadyAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", 2, InteractionJson.CommandObject("docker_images", "gateway-interaction-token", ("package", "wget")));

        var seen = await _discord.WaitForAsync(r => r.Any(x => x.Path.EndsWith("/callback")));
        var callback = Assert.Single(seen);
        Assert.Matches("^/api/v10/interactions/[0-9]+/gateway-interaction-token/callback$", callback.Path);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Contains("demisto/with-wget", callback.Content);
        Assert.Equal($"Bot {BotToken}", callback.Authorization);
        Assert.Equal("/docker_images package=wget", Assert.Single(warRoom.Messages).Text);
    }

    [Fact]
    public async Task Stopping_the_bot_closes_the_gateway_with_a_normal_close_frame()
    {
        var bot = await StartBotAsync(FakeWarRoom.Answering());
        var connection = await ReadyAsync();

        var closing = connection.WaitForCloseAsync();
        await bot.DisposeAsync();

        Assert.Equal(1000, await closing);
    }

    [Fact]
    public async Task A_reconnect_request_resumes_on_the_resume_url_and_an_invalid_session_identifies_afresh()
    {
        await using var bot = await StartBotAsync(FakeWarRoom.Answering());
        var first = await ReadyAsync();
        await first.DispatchAsync("SOMETHING_ELSE", 2, new { });

        await first.SendAsync(new { op = 7, d = (object?)null });
        Assert.Equal(4000, await first.WaitForCloseAsync()); // not 1000/1001, which would end the session

        var second = await _discord.AcceptAsync();
        Assert.StartsWith("/resume?v=10&encoding=json", second.Path);
        await second.HelloAsync(5000);
        var resume = (await second.ReceiveOpAsync(6)).GetProperty("d");
        Assert.Equal(BotToken, resume.GetProperty("token").GetString());
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());

        await second.SendAsync(new { op = 9, d = false });
        await second.WaitForCloseAsync();

        var third = await _discord.AcceptAsync();
        Assert.StartsWith("/gateway?v=10&encoding=json", third.Path);
        await third.HelloAsync(5000);
        Assert.Equal(0, (await third.ReceiveOpAsync(2)).GetProperty("d").GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task A_missed_heartbeat_ack_closes_the_connection_and_resumes()
    {
        await using var bot = await StartBotAsync(FakeWarRoom.Answering());
        var first = await _discord.AcceptAsync();
        first.AutoAck = false;
        await first.HelloAsync(300);
        await first.ReceiveOpAsync(2);
        await first.DispatchAsync("READY", 1, new { v = 10, session_id = "session-zombie", resume_gateway_url = _discord.ResumeUrl });

        Assert.Equal(4000, await first.WaitForCloseAsync());

        var second = await _discord.AcceptAsync();
        Assert.StartsWith("/resume", second.Path);
        await second.HelloAsync(5000);
        Assert.Equal("session-zombie", (await second.ReceiveOpAsync(6)).GetProperty("d").GetProperty("session_id").GetString());
    }

    [Theory]
    [InlineData(4004, false)]
    [InlineData(4010, false)]
    [InlineData(4013, false)]
    [InlineData(4014, false)]
    [InlineData(4000, true)]
    [InlineData(4009, true)]
    public async Task Fatal_close_codes_stop_the_gateway_and_others_lead_to_a_reconnect(int code, bool reconnects)
    {
        await using var bot = await StartBotAsync(FakeWarRoom.Answering());
        var connection = await _discord.AcceptAsync();
        await connection.HelloAsync(5000);
        await connection.ReceiveOpAsync(2);

        await connection.CloseAsync(code);

        Assert.Equal(reconnects, await _discord.ReconnectsWithinAsync(TimeSpan.FromSeconds(2.5)));
    }

    [Fact]
    public async Task A_slow_command_never_blocks_the_receive_loop()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var warRoom = new FakeWarRoom((_, ct) => WaitFor(release.Task, ct));
        await using var bot = await StartBotAsync(warRoom);
        var connection = await ReadyAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", 2, InteractionJson.CommandObject("run", "slow-gateway-token", ("line", "!Sleep seconds=60")));
        await warRoom.FirstMessage.WaitAsync(TimeSpan.FromSeconds(5));
        await connection.SendAsync(new { op = 7, d = (object?)null });

        // The war room is still busy, yet the reconnect request was read and obeyed at once.
        Assert.Equal(4000, await connection.WaitForCloseAsync(TimeSpan.FromSeconds(3)));
        var deferred = await _discord.WaitForAsync(r => r.Any(x => x.Path.EndsWith("/callback")));
        Assert.Equal(5, deferred.Single().Json.GetProperty("type").GetInt32());

        release.SetResult();
        var edited = await _discord.WaitForAsync(r => r.Any(x => x.Method == "PATCH" && x.Content.Contains("slept")));
        Assert.Contains("/webhooks/", edited.Last(x => x.Method == "PATCH").Path);
    }

    private static async IAsyncEnumerable<Reply> WaitFor(Task release, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await release.WaitAsync(cancellationToken);
        yield return new TextReply("slept");
    }
}
