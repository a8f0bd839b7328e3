using System.Net;
using System.Text.Json;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>
/// The Approve / Deny buttons on Discord: message components under the card, pressed as a signed message component
/// interaction (type 3) and answered with a documented response type.
/// </summary>
public sealed class ButtonPressTests : FakeDiscordTest
{
    private static CardReply ApprovalCard() => new("Approval request 12: demisto/x:1.0.0.3", [new CardField("image", "demisto/x:1.0.0.3")])
    {
        Buttons = [new ReplyButton("Approve", "/docker_image_approve", "12", ReplyButtonStyle.Primary), new ReplyButton("Deny", "/docker_image_deny", "12", ReplyButtonStyle.Danger)],
    };

    /// <summary>
    /// These tests read the answer inline: the product's own budget (2 s, not the server's quick 0.5 s), so a loaded
    /// machine's first interaction (JIT, the worker's first dequeue) is not deferred and answered by an edit instead.
    /// </summary>
    private static void InlineAnswers(Dictionary<string, string?> settings) => settings["Discord:InlineBudget"] = "00:00:02";

    [Fact]
    public async Task A_card_with_buttons_is_answered_with_an_action_row_of_buttons_whose_custom_ids_name_the_command_and_the_id()
    {
        await using var bot = await DiscordBotServer.StartAsync(Fake, FakeWarRoom.Answering(ApprovalCard()), Key.PublicKeyHex, InlineAnswers);

        var response = JsonDocument.Parse(await (await bot.PostInteractionAsync(InteractionJson.Command("docker_image_create", ("name", "x")), Key)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        var row = Assert.Single(response.GetProperty("data").GetProperty("components").EnumerateArray());
        Assert.Equal(1, row.GetProperty("type").GetInt32());
        var buttons = row.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal([2, 2], buttons.Select(b => b.GetProperty("type").GetInt32()));
        Assert.Equal(["Approve", "Deny"], buttons.Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(["docker_image_approve:12", "docker_image_deny:12"], buttons.Select(b => b.GetProperty("custom_id").GetString()));
        Assert.Equal([3, 4], buttons.Select(b => b.GetProperty("style").GetInt32()));
    }

    [Fact]
    public async Task A_signed_button_press_runs_the_command_it_stands_for_and_gets_a_channel_message()
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("discord:1 approved request 12"));
        await using var bot = await DiscordBotServer.StartAsync(Fake, warRoom, Key.PublicKeyHex, InlineAnswers);

        var response = await bot.PostInteractionAsync(InteractionJson.Button("docker_image_approve:12"), Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        // CHANNEL_MESSAGE_WITH_SOURCE, one of the responses Discord documents for a component interaction.
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Contains("approved request 12", body.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(new ChatMessage("discord", InteractionJson.UserId, InteractionJson.ChannelId, "/docker_image_approve id=12", null), Assert.Single(warRoom.Messages) with { FollowUp = null });
    }

    [Theory]
    [InlineData("docker_image_delete:12", 2)]           // a command no button runs
    [InlineData("docker_image_approve:12 force=true", 2)]
    [InlineData("docker_image_approve", 2)]
    [InlineData("docker_image_approve:12", 3)]          // a select menu, not a button
    public async Task A_press_that_is_not_one_of_the_bots_buttons_is_refused_privately_and_nothing_runs(string customId, int componentType)
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("ran"));
        await using var bot = await DiscordBotServer.StartAsync(Fake, warRoom, Key.PublicKeyHex, InlineAnswers);

        var body = JsonDocument.Parse(await (await bot.PostInteractionAsync(InteractionJson.Button(customId, componentType: componentType), Key)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("❌ This ", body.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(warRoom.Messages);
    }

    [Fact]
    public async Task A_press_signed_with_anotherKey_gets_401_and_runs_nothing()
    {
        var warRoom = FakeWarRoom.Answering(new TextReply("ran"));
        await using var bot = await DiscordBotServer.StartAsync(Fake, warRoom, Key.PublicKeyHex, InlineAnswers);
        using var other = TestSigningKey.Random();

        var response = await bot.PostInteractionAsync(InteractionJson.Button("docker_image_approve:12"), other);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(warRoom.Messages);
    }
}
