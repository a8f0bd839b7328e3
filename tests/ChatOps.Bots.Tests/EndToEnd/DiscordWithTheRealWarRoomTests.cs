using System.Net;
using System.Text.Json;
using ChatOps.Bots.Tests.Discord.Support;

namespace ChatOps.Bots.Tests.EndToEnd;

/// <summary>A signed interaction over 127.0.0.1 through the real parser and war room against the real engine.</summary>
public sealed class DiscordWithTheRealWarRoomTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = TestSigningKey.Rfc8032();
    private readonly RealWarRoom _room = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        // The first command of a fresh war room pays for JIT, the first engine connection and the SQLite tables; on a
        // loaded machine (the whole suite in parallel) that alone can pass Discord's 2 s inline budget. These tests are
        // about the inline answer, so that cost is paid once here; deferral has tests of its own.
        await foreach (var _ in _room.WarRoom.HandleAsync(new ChatMessage("discord", "warm-up", "warm-up", "/docker_images"), CancellationToken.None))
        {
        }
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _key.Dispose();
        _room.Dispose();
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_signed_docker_images_interaction_gets_the_engine_table()
    {
        await using var bot = await DiscordBotServer.StartAsync(_discord, _room.WarRoom, _key.PublicKeyHex);

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.Command("docker_images"), _key));

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        var content = response.GetProperty("data").GetProperty("content").GetString();
        Assert.Contains("demisto/python3-deb", content);
        Assert.Contains("3.11.2.1", content);
    }

    [Fact]
    public async Task An_upper_case_name_option_gets_the_parsers_error_privately()
    {
        await using var bot = await DiscordBotServer.StartAsync(_discord, _room.WarRoom, _key.PublicKeyHex);

        var response = await JsonOf(await bot.PostInteractionAsync(InteractionJson.Command("docker_image_create", ("name", "Bad")), _key));

        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("image names are lower case", response.GetProperty("data").GetProperty("content").GetString());
    }
}
