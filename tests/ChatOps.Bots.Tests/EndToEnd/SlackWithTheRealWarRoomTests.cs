using System.Diagnostics;
using System.Net;
using ChatOps.Bots.Tests.Slack.Support;

namespace ChatOps.Bots.Tests.EndToEnd;

/// <summary>A signed slash command over 127.0.0.1 through the real parser and war room against the real engine.</summary>
public sealed class SlackWithTheRealWarRoomTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private readonly RealWarRoom _room = new();

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _room.Dispose();
    }

    [Fact]
    public async Task A_signed_docker_images_is_acknowledged_in_time_and_the_engine_table_arrives_at_the_response_url()
    {
        // A zero inline budget forces the acknowledgement-then-follow-up path.
        await using var bot = await SlackBotHost.StartAsync(_room.WarRoom, SlackBotHost.Settings(_slack, "00:00:00"));
        var form = SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("real"));

        var clock = Stopwatch.StartNew();
        using var response = await bot.Client.SendAsync(SignedRequest.Create(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"acknowledged after {clock.Elapsed.TotalMilliseconds} ms");
        await Eventually.TrueAsync(() => _slack.ResponseUrlPosts.Any(p => p.BlocksText().Contains("demisto/python3-deb")), "the engine's table at the response_url");
        var result = _slack.ResponseUrlPosts.First(p => p.BlocksText().Contains("demisto/python3-deb"));
        Assert.Equal("in_channel", result.Text("response_type"));
        Assert.Contains("3.11.2.1", result.BlocksText());
    }

    [Fact]
    public async Task A_bad_line_gets_the_parsers_error_ephemerally()
    {
        await using var bot = await SlackBotHost.StartAsync(_room.WarRoom, SlackBotHost.Settings(_slack));
        var form = SignedRequest.SlashCommand("/docker_image_create", "name=Bad", _slack.ResponseUrl("bad"));

        using var response = await bot.Client.SendAsync(SignedRequest.Create(form));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ephemeral\"", body);
        Assert.Contains("image names are lower case", body);
    }
}
