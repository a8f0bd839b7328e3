using System.Net;
using System.Text.Json;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>
/// A file a script returned, over 127.0.0.1 against the fake Slack: shared in the command's channel by the
/// external upload flow after the result, or, without a bot token, named as kept on the server.
/// </summary>
public sealed class FileUploadTests : IAsyncLifetime
{
    private static readonly byte[] Bytes = [0x00, 0xFF, 0x0A, 0x7B, 0x22, 0xC3, 0x28, 0x0D];
    private readonly KeptFiles _kept = new();
    private readonly FileReply _report;
    private FakeSlack _slack = null!;

    public FileUploadTests() => _report = _kept.Add("../report.bin", "report.bin", Bytes);

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _kept.Dispose();
    }

    private ScriptedWarRoom Answering(params Reply[] replies) => new(replies.Select(r => (TimeSpan.Zero, r)).ToArray());

    private Dictionary<string, string?> WithBotToken()
    {
        var settings = SlackBotHost.Settings(_slack);
        settings["Slack:BotToken"] = "xoxb-test";
        return settings;
    }

    [Fact]
    public async Task With_a_bot_token_the_file_is_uploaded_with_the_exact_bytes_and_shared_in_the_commands_channel()
    {
        await using var bot = await SlackBotHost.StartAsync(Answering(new TextReply("report written"), Entries.Showing(_report)), WithBotToken());

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/run", "!Report n=1", _slack.ResponseUrl("file"))));

        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("in_channel", answer.GetProperty("response_type").GetString());
        Assert.Contains("*../report.bin* (8 B), attached below.", answer.GetProperty("blocks").ToString());
        await Eventually.TrueAsync(() => _slack.Api("files.completeUploadExternal").Any(), "files.completeUploadExternal");

        var ticket = Assert.Single(_slack.Api("files.getUploadURLExternal"));
        Assert.Equal(("report.bin", "8", "Bearer xoxb-test"), (ticket.Text("filename"), ticket.Text("length"), ticket.Authorization));
        var upload = Assert.Single(_slack.Uploads);
        Assert.Equal("/upload/F01", upload.Path);
        Assert.Equal(Bytes, upload.Bytes);
        var complete = Assert.Single(_slack.Api("files.completeUploadExternal"));
        Assert.Equal("C0WARROOM", complete.Text("channel_id"));
        Assert.Equal("""[{"id":"F01","title":"../report.bin"}]""", complete.Body.GetProperty("files").GetRawText());
        Assert.Contains("`!Report n=1` returned ../report.bin", complete.Text("initial_comment"));
        Assert.Equal("Bearer xoxb-test", complete.Authorization);
        Assert.True(ticket.At <= complete.At);
        Assert.Empty(_slack.ResponseUrlPosts);
    }

    [Fact]
    public async Task Two_files_are_each_uploaded_and_shared()
    {
        var second = _kept.Add("second.txt", "second.txt", "two"u8.ToArray(), "text/plain");
        await using var bot = await SlackBotHost.StartAsync(Answering(Entries.Showing(_report), Entries.Showing(second)), WithBotToken());

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/run", "!Two", _slack.ResponseUrl("two"))));

        await Eventually.TrueAsync(() => _slack.Api("files.completeUploadExternal").Count() == 2, "two files.completeUploadExternal");
        Assert.Equal(["report.bin", "second.txt"], _slack.Api("files.getUploadURLExternal").Select(c => c.Text("filename")));
        Assert.Equal("two"u8.ToArray(), _slack.Uploads.Single(u => u.Path == "/upload/F02").Bytes);
        Assert.Equal("text/plain", _slack.Uploads.Single(u => u.Path == "/upload/F02").ContentType);
    }

    [Fact]
    public async Task Without_a_bot_token_the_answer_says_the_file_is_kept_on_the_server_and_nothing_is_uploaded()
    {
        await using var bot = await SlackBotHost.StartAsync(Answering(Entries.Showing(_report)), SlackBotHost.Settings(_slack));

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/run", "!Report n=1", _slack.ResponseUrl("token"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var blocks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("blocks").ToString();
        Assert.Contains("*../report.bin* (8 B) is kept on the server; it is not attached here: attaching files needs a bot token, which an admin can configure.", blocks);
        await Task.Delay(200);
        Assert.Empty(_slack.ApiCalls);
        Assert.Empty(_slack.Uploads);
    }

    [Fact]
    public async Task An_upload_Slack_refuses_is_told_to_the_requester_with_the_reason_and_the_answer_is_still_shown()
    {
        _slack.UploadUrlError = "file_uploads_disabled";
        await using var bot = await SlackBotHost.StartAsync(Answering(new TextReply("report written"), Entries.Showing(_report)), WithBotToken());

        using var response = await bot.Client.SendAsync(SignedRequest.Create(SignedRequest.SlashCommand("/run", "!Report n=1", _slack.ResponseUrl("refused"))));

        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("in_channel", answer.GetProperty("response_type").GetString());
        Assert.Contains("report written", answer.GetProperty("blocks").ToString());
        await Eventually.TrueAsync(() => !_slack.ResponseUrlPosts.IsEmpty, "the note at the response_url");
        var note = Assert.Single(_slack.ResponseUrlPosts);
        Assert.Equal(("ephemeral", "False"), (note.Text("response_type"), note.Text("replace_original")));
        Assert.Contains("could not attach ../report.bin (8 B): Slack files.getUploadURLExternal failed: file_uploads_disabled (HTTP 200). It is kept on the server.",
            note.BlocksText());
        Assert.Empty(_slack.Uploads);
        Assert.Empty(_slack.Api("files.completeUploadExternal"));
    }

    [Fact]
    public void A_failed_result_is_private_so_its_file_is_said_to_be_kept_rather_than_shared()
    {
        var message = new BlockKitRenderer().RenderResult("!Report", [Entries.Showing(_report), new ErrorReply("!Report returned an error: half done")], canAttachFiles: true);

        Assert.True(message.IsEphemeral);
        Assert.Contains("is kept on the server; it is not shared in the channel, since this answer is shown only to you.",
            JsonSerializer.Serialize(message.Blocks, ChatOps.Bots.Slack.SlackJson.Options));
    }
}
