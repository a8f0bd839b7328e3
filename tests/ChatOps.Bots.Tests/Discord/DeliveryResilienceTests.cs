using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>
/// A fake Discord that drops connections and answers 500, 503 and 429 to the bot's REST calls: the result of a
/// deferred command still arrives, and one Discord would not take comes at the user's next command.
/// </summary>
public sealed class DeliveryResilienceTests : FakeDiscordTest
{
    private const string Built = "image demisto/example:1.0.0.1 built";

    /// <summary>Slow enough to be deferred (the test budget is 0.5 s) for a create; at once for anything else.</summary>
    private static FakeWarRoom CreateIsSlow() => new((message, ct) => Answer(message, ct));

    private static async IAsyncEnumerable<Reply> Answer(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (message.Text.StartsWith("/docker_image_create", StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(900), cancellationToken);
            yield return new TextReply(Built);
        }
        else yield return new TextReply("no images");
    }

    private Task<HttpResponseMessage> CreateAsync(DiscordBotServer bot) =>
        bot.PostInteractionAsync(InteractionJson.Command("docker_image_create", ("name", "example")), Key);

    [Fact]
    public async Task The_result_edit_reaches_discord_through_a_500_a_dropped_connection_a_429_and_a_503()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, CreateIsSlow(), Key.PublicKeyHex);
        Fake.Enqueue(new ScriptedResponse(500, """{"message":"500: Internal Server Error","code":0}"""));
        Fake.Enqueue(ScriptedResponse.Dropped);
        Fake.Enqueue(ScriptedResponse.RateLimited(0.05));
        Fake.Enqueue(new ScriptedResponse(503, """{"message":"upstream unavailable"}"""));

        var deferral = await CreateAsync(bot);

        Assert.Equal(5, JsonDocument.Parse(await deferral.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        var seen = await Fake.WaitForAsync(requests => requests.Count(r => r.Method == "PATCH") == 5);
        Assert.All(seen, r => Assert.Equal("PATCH", r.Method));
        Assert.Contains(Built, seen[^1].Content);
    }

    [Fact]
    public async Task A_result_discord_would_not_take_is_shown_at_the_same_users_next_command()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, CreateIsSlow(), Key.PublicKeyHex, keptResultsFirst: true);
        for (var i = 0; i < 20; i++) Fake.Enqueue(new ScriptedResponse(500, """{"message":"500: Internal Server Error","code":0}"""));

        await CreateAsync(bot);
        await Eventually(() => KeptResultsTable.Count(bot.StorageFolder) == 1);
        Fake.Heal();
        var next = await bot.PostInteractionAsync(InteractionJson.Command("docker_images"), Key);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var content = JsonDocument.Parse(await next.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("content").GetString();
        Assert.Contains("Not delivered earlier (Discord did not take it", content);
        // Escaped for Discord's markdown, as every text the bot shows.
        Assert.Contains(@"/docker\_image\_create name=example", content);
        Assert.Contains(Built, content);
        Assert.Contains("no images", content);
        Assert.Equal(0, KeptResultsTable.Count(bot.StorageFolder));
    }

    private static Task Eventually(Func<bool> condition) => Slack.Support.Eventually.TrueAsync(condition, "the undelivered result kept");
}
