using ChatOps.Bots.Discord.Commands;
using ChatOps.Bots.Discord.Registration;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Bots.Tests.Discord.Support;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>One bulk-overwrite PUT, and only when the definitions changed since the last registration.</summary>
public sealed class CommandRegistrationTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    private static string GlobalPath => $"/api/v10/applications/{FakeDiscord.ApplicationId}/commands";

    [Fact]
    public async Task The_first_registration_puts_every_definition_in_one_call()
    {
        using var services = new DiscordServices(_discord);

        var result = await services.Get<IDiscordCommandRegistrar>().RegisterAsync(null, false, CancellationToken.None);

        Assert.True(result.Changed);
        var put = Assert.Single(_discord.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.Equal(GlobalPath, put.Path);
        Assert.Equal("Bot bot-token", put.Authorization);
        Assert.Equal(SlashCommandCatalog.ToRegistrationJson(), put.Body);
        Assert.Equal(7, put.Json.GetArrayLength());
    }

    [Fact]
    public async Task Registering_again_without_a_change_sends_nothing()
    {
        using var services = new DiscordServices(_discord);
        var registrar = services.Get<IDiscordCommandRegistrar>();

        await registrar.RegisterAsync(null, false, CancellationToken.None);
        var again = await registrar.RegisterAsync(null, false, CancellationToken.None);

        Assert.False(again.Changed);
        Assert.Single(_discord.Requests);
    }

    [Fact]
    public async Task Changed_definitions_are_put_again()
    {
        using var services = new DiscordServices(_discord);
        var registrar = services.Get<IDiscordCommandRegistrar>();
        await registrar.RegisterAsync(null, false, CancellationToken.None);
        // What an older build of the bot would have left behind: the hash of other definitions.
        var state = Assert.Single(Directory.GetFiles(services.StorageFolder));
        await File.WriteAllTextAsync(state, "0000000000000000000000000000000000000000000000000000000000000000\n");

        var result = await registrar.RegisterAsync(null, false, CancellationToken.None);

        Assert.True(result.Changed);
        Assert.Equal(2, _discord.Requests.Count);
    }

    [Fact]
    public async Task A_guild_registration_goes_to_the_guild_and_is_tracked_apart_from_the_global_one()
    {
        using var services = new DiscordServices(_discord);
        var registrar = services.Get<IDiscordCommandRegistrar>();
        await registrar.RegisterAsync(null, false, CancellationToken.None);

        var result = await registrar.RegisterAsync("41771983423143936", false, CancellationToken.None);

        Assert.True(result.Changed);
        Assert.Equal($"/api/v10/applications/{FakeDiscord.ApplicationId}/guilds/41771983423143936/commands", _discord.Requests[^1].Path);
        Assert.False((await registrar.RegisterAsync("41771983423143936", false, CancellationToken.None)).Changed);
        Assert.Equal(2, _discord.Requests.Count);
    }

    [Fact]
    public async Task Force_puts_even_when_nothing_changed()
    {
        using var services = new DiscordServices(_discord);
        var registrar = services.Get<IDiscordCommandRegistrar>();
        await registrar.RegisterAsync(null, false, CancellationToken.None);

        Assert.True((await registrar.RegisterAsync(null, true, CancellationToken.None)).Changed);
        Assert.Equal(2, _discord.Requests.Count);
    }

    [Fact]
    public async Task A_refused_put_leaves_no_hash_so_the_next_run_tries_again()
    {
        using var services = new DiscordServices(_discord);
        var registrar = services.Get<IDiscordCommandRegistrar>();
        _discord.Enqueue(new ScriptedResponse(400, """{"message":"Invalid Form Body","code":50035}"""));

        await Assert.ThrowsAsync<DiscordApiException>(() => registrar.RegisterAsync(null, false, CancellationToken.None));
        Assert.False(Directory.Exists(services.StorageFolder) && Directory.GetFiles(services.StorageFolder).Length > 0);

        Assert.True((await registrar.RegisterAsync(null, false, CancellationToken.None)).Changed);
        Assert.Equal(2, _discord.Requests.Count);
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("123/../../users/@me")]
    public async Task A_guild_id_that_is_not_a_snowflake_is_refused_before_anything_is_sent(string guild)
    {
        using var services = new DiscordServices(_discord);
        var failure = await Assert.ThrowsAsync<ArgumentException>(() => services.Get<IDiscordCommandRegistrar>().RegisterAsync(guild, false, CancellationToken.None));
        Assert.Contains("is not a guild id", failure.Message);
        Assert.Empty(_discord.Requests);
    }

    [Fact]
    public async Task Without_a_bot_token_registration_says_what_is_missing()
    {
        using var services = new DiscordServices(_discord, s => s["Discord:BotToken"] = "");
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => services.Get<IDiscordCommandRegistrar>().RegisterAsync(null, false, CancellationToken.None));
        Assert.Contains("Discord:BotToken", failure.Message);
        Assert.Empty(_discord.Requests);
    }
}
