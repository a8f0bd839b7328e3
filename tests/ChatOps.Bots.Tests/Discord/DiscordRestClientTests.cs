using System.Net;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Bots.Tests.Discord.Support;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>Rate limits honoured, failures surfaced, against the fake Discord on 127.0.0.1.</summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private const string Token = "interaction-token-secret";
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task A_call_carries_the_bot_token_and_a_message_that_parses_no_mentions()
    {
        using var services = new DiscordServices(_discord);
        await services.Get<DiscordRestClient>().CreateFollowUpAsync(Token, new DiscordMessage("@everyone look"), CancellationToken.None);

        var request = Assert.Single(_discord.Requests);
        Assert.Equal("Bot bot-token", request.Authorization);
        Assert.Equal($"/api/v10/webhooks/{FakeDiscord.ApplicationId}/{Token}", request.Path);
        Assert.Equal("""{"content":"@everyone look","allowed_mentions":{"parse":[]}}""", request.Body);
    }

    [Fact]
    public async Task A_429_is_retried_once_retry_after_has_passed()
    {
        using var services = new DiscordServices(_discord);
        _discord.Enqueue(new ScriptedResponse(429, """{"message":"You are being rate limited.","retry_after":0.4,"global":false}"""));

        await services.Get<DiscordRestClient>().EditOriginalResponseAsync(Token, new DiscordMessage("done"), CancellationToken.None);

        var requests = _discord.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("PATCH", r.Method));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(380), $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task An_exhausted_bucket_makes_the_next_call_wait_for_reset_after()
    {
        using var services = new DiscordServices(_discord);
        _discord.Enqueue(new ScriptedResponse(200, "{}", new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.5" }));
        var client = services.Get<DiscordRestClient>();

        await client.CreateFollowUpAsync(Token, new DiscordMessage("one"), CancellationToken.None);
        await client.CreateFollowUpAsync(Token, new DiscordMessage("two"), CancellationToken.None);

        var requests = _discord.Requests;
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(480), $"second call after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task A_bucket_with_calls_left_does_not_wait()
    {
        using var services = new DiscordServices(_discord);
        _discord.Enqueue(new ScriptedResponse(200, "{}", new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "4", ["X-RateLimit-Reset-After"] = "5" }));
        var client = services.Get<DiscordRestClient>();

        await client.CreateFollowUpAsync(Token, new DiscordMessage("one"), CancellationToken.None);
        await client.CreateFollowUpAsync(Token, new DiscordMessage("two"), CancellationToken.None);

        var requests = _discord.Requests;
        Assert.True(requests[1].At - requests[0].At < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_refusal_is_thrown_with_its_status_and_discords_message_but_never_the_token()
    {
        using var services = new DiscordServices(_discord);
        _discord.Enqueue(new ScriptedResponse(404, """{"message":"Unknown interaction","code":10062}"""));

        var failure = await Assert.ThrowsAsync<DiscordApiException>(() =>
            services.Get<DiscordRestClient>().CreateInteractionResponseAsync("123", Token, InteractionResponse.Deferred, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, failure.Status);
        Assert.Contains("Unknown interaction", failure.Message);
        Assert.DoesNotContain(Token, failure.Message);
    }

    [Fact]
    public async Task Rate_limited_beyond_the_retry_budget_the_429_is_surfaced()
    {
        using var services = new DiscordServices(_discord, s => s["Delivery:MaxRetries"] = "2");
        for (var i = 0; i < 3; i++) _discord.Enqueue(new ScriptedResponse(429, """{"retry_after":0.01,"global":true}"""));

        var failure = await Assert.ThrowsAsync<DiscordApiException>(() =>
            services.Get<DiscordRestClient>().CreateFollowUpAsync(Token, new DiscordMessage("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.Status);
        Assert.Equal(3, _discord.Requests.Count);
    }
}
