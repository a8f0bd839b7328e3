using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bots.Tests.Discord.Support;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>
/// A file a script returned, over 127.0.0.1 against the fake Discord: attached to a follow-up of the interaction
/// (multipart/form-data, payload_json and files[0]) after the answer, or said to be kept on the server.
/// </summary>
public sealed class FileFollowUpTests : IAsyncLifetime
{
    private static readonly byte[] Bytes = [0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D, 0x62, 0xC3, 0x28];
    private readonly TestSigningKey _key = TestSigningKey.Rfc8032();
    private readonly KeptFiles _kept = new();
    private readonly FileReply _report;
    private FakeDiscord _discord = null!;

    public FileFollowUpTests() => _report = _kept.Add("../report.bin", "report.bin", Bytes);

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _key.Dispose();
        _kept.Dispose();
    }

    private static string FollowUpPath(string token) => $"/api/v10/webhooks/{FakeDiscord.ApplicationId}/{token}";

    private async Task<JsonElement> AnswerAsync(DiscordBotServer bot, string body)
    {
        var response = await bot.PostInteractionAsync(body, _key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_file_follows_the_inline_answer_as_a_multipart_follow_up_with_payload_json_and_the_exact_bytes()
    {
        await using var bot = await DiscordBotServer.StartAsync(_discord, FakeWarRoom.Answering(new TextReply("report written"), Entries.Showing(_report)), _key.PublicKeyHex);
        var token = "file-token-" + Guid.NewGuid().ToString("N");

        var answer = await AnswerAsync(bot, InteractionJson.CommandWithToken("run", token, ("line", "!Report n=1")));

        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        Assert.Equal("report written\n📎 ../report.bin (9 B)", answer.GetProperty("data").GetProperty("content").GetString());
        var followUp = Assert.Single(await _discord.WaitForAsync(r => r.Any(x => x.Path == FollowUpPath(token))));
        Assert.Equal("POST", followUp.Method);
        Assert.StartsWith("multipart/form-data", followUp.ContentType);
        Assert.Equal("📎 ../report.bin", followUp.Content);
        Assert.Equal("""[{"id":0,"filename":"report.bin"}]""", followUp.Json.GetProperty("attachments").GetRawText());
        Assert.Equal(0, followUp.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(followUp.Json.TryGetProperty("flags", out _));
        var file = Assert.Single(followUp.Files!);
        Assert.Equal(("files[0]", "report.bin", "application/octet-stream"), (file.Name, file.FileName, file.ContentType));
        Assert.Equal(Bytes, file.Bytes);
    }

    [Fact]
    public async Task After_a_deferred_answer_the_file_follows_the_final_edit()
    {
        var warRoom = new FakeWarRoom((_, ct) => Slowly(ct, new TextReply("report written"), Entries.Showing(_report)));
        await using var bot = await DiscordBotServer.StartAsync(_discord, warRoom, _key.PublicKeyHex);
        var token = "slow-file-token-" + Guid.NewGuid().ToString("N");

        var answer = await AnswerAsync(bot, InteractionJson.CommandWithToken("run", token, ("line", "!Report n=1")));

        Assert.Equal(5, answer.GetProperty("type").GetInt32());
        var seen = await _discord.WaitForAsync(r => r.Any(x => x.Path == FollowUpPath(token)));
        var final = seen.Last(x => x.Method == "PATCH");
        Assert.Contains("📎 ../report.bin (9 B)", final.Content);
        var followUp = seen.Single(x => x.Path == FollowUpPath(token));
        Assert.True(final.At <= followUp.At);
        Assert.Equal(Bytes, Assert.Single(followUp.Files!).Bytes);
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_said_to_be_kept_on_the_server_and_not_sent()
    {
        await using var bot = await DiscordBotServer.StartAsync(_discord, FakeWarRoom.Answering(Entries.Showing(_report)), _key.PublicKeyHex,
            settings => settings["Discord:AttachmentLimitBytes"] = "8");
        var token = "big-token-" + Guid.NewGuid().ToString("N");

        await AnswerAsync(bot, InteractionJson.CommandWithToken("run", token, ("line", "!Report n=1")));

        var followUp = Assert.Single(await _discord.WaitForAsync(r => r.Any(x => x.Path == FollowUpPath(token))));
        Assert.Equal("📎 ../report.bin (9 B) is kept on the server: Discord takes files of up to 8 B here.", followUp.Content);
        Assert.StartsWith("application/json", followUp.ContentType);
        Assert.Empty(followUp.Files!);
    }

    [Fact]
    public async Task The_interactions_own_attachment_size_limit_is_the_limit()
    {
        await using var bot = await DiscordBotServer.StartAsync(_discord, FakeWarRoom.Answering(Entries.Showing(_report)), _key.PublicKeyHex);
        var token = "limit-token-" + Guid.NewGuid().ToString("N");
        var interaction = JsonSerializer.SerializeToNode(InteractionJson.CommandObject("run", token, ("line", "!Report n=1")))!.AsObject();
        interaction["attachment_size_limit"] = 5;

        await AnswerAsync(bot, interaction.ToJsonString());

        var followUp = Assert.Single(await _discord.WaitForAsync(r => r.Any(x => x.Path == FollowUpPath(token))));
        Assert.Contains("is kept on the server: Discord takes files of up to 5 B here.", followUp.Content);
    }

    [Fact]
    public async Task An_attachment_Discord_refuses_is_told_privately_with_its_reason_and_the_answer_stays()
    {
        _discord.Enqueue(new ScriptedResponse(413, """{"message": "Request entity too large", "code": 40005}"""));
        await using var bot = await DiscordBotServer.StartAsync(_discord, FakeWarRoom.Answering(new TextReply("report written"), Entries.Showing(_report)), _key.PublicKeyHex);
        var token = "refused-token-" + Guid.NewGuid().ToString("N");

        var answer = await AnswerAsync(bot, InteractionJson.CommandWithToken("run", token, ("line", "!Report n=1")));

        Assert.Contains("report written", answer.GetProperty("data").GetProperty("content").GetString());
        var seen = await _discord.WaitForAsync(r => r.Count(x => x.Path == FollowUpPath(token)) == 2);
        var note = seen.Last(x => x.Path == FollowUpPath(token));
        Assert.Equal(64, note.Json.GetProperty("flags").GetInt32());
        Assert.Contains("❌ ../report.bin (9 B) could not be attached: Discord refused POST webhooks/{app}/{token} (with a file): 413", note.Content);
        Assert.Contains("Request entity too large", note.Content);
        Assert.EndsWith("It is kept on the server.", note.Content);
    }

    private static async IAsyncEnumerable<Reply> Slowly([EnumeratorCancellation] CancellationToken cancellationToken, params Reply[] replies)
    {
        await Task.Delay(900, cancellationToken);
        foreach (var reply in replies) yield return reply;
    }
}
