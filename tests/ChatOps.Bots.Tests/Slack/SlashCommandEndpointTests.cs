using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>POST /slack/commands over a real 127.0.0.1 socket: what is refused, and what a quick command answers.</summary>
public sealed class SlashCommandEndpointTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackBotHost _bot = null!;
    private readonly ScriptedWarRoom _warRoom = ScriptedWarRoom.Quick();

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _bot = await SlackBotHost.StartAsync(_warRoom, SlackBotHost.Settings(_slack));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private string ImagesForm() => SignedRequest.SlashCommand("/docker_images", "", _slack.ResponseUrl("quick"));

    private async Task AssertRefusedAsync(HttpRequestMessage request, HttpStatusCode status)
    {
        using var response = await _bot.Client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        // Give a wrongly started command a moment to show itself before asserting nothing ran.
        await Task.Delay(100);
        Assert.Empty(_warRoom.Received);
        Assert.Empty(_slack.ResponseUrlPosts);
    }

    [Fact]
    public async Task A_quick_command_is_answered_inline_with_its_table_for_the_channel()
    {
        using var response = await _bot.Client.SendAsync(SignedRequest.Create(ImagesForm()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("in_channel", answer.GetProperty("response_type").GetString());
        Assert.Contains("demisto/python3-deb", answer.GetProperty("blocks").ToString());
        var message = Assert.Single(_warRoom.Received);
        Assert.Equal(new ChatMessage("slack", "U2CERLKJA", "C0WARROOM", "/docker_images"), message with { FollowUp = null });
        // The response_url goes with it, for telling the user if a crash cuts the command short (Slack takes it for 30 minutes).
        Assert.Equal(_slack.ResponseUrl("quick").ToString(), message.FollowUp?.Address);
        Assert.InRange(message.FollowUp!.ValidUntil - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task The_command_and_its_text_become_one_war_room_line()
    {
        var form = SignedRequest.SlashCommand("/docker_images", "name=\"python 3\"", _slack.ResponseUrl("images"));
        using var response = await _bot.Client.SendAsync(SignedRequest.Create(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/docker_images name=\"python 3\"", Assert.Single(_warRoom.Received).Text);
    }

    [Fact]
    public async Task The_text_of_run_is_the_war_room_line_itself()
    {
        var form = SignedRequest.SlashCommand("/run", "!Print value=\"hi there\"", _slack.ResponseUrl("run"));
        using var response = await _bot.Client.SendAsync(SignedRequest.Create(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("!Print value=\"hi there\"", Assert.Single(_warRoom.Received).Text);
    }

    [Fact]
    public async Task An_error_is_answered_ephemerally()
    {
        await using var bot = await SlackBotHost.StartAsync(new ScriptedWarRoom((TimeSpan.Zero, new ErrorReply("name must be lower case"))), SlackBotHost.Settings(_slack));
        using var response = await bot.Client.SendAsync(SignedRequest.Create(ImagesForm()));

        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ephemeral", answer.GetProperty("response_type").GetString());
        Assert.Contains(":x: name must be lower case", answer.GetProperty("blocks").ToString());
    }

    [Fact]
    public Task A_forged_signature_is_refused_with_401() =>
        AssertRefusedAsync(SignedRequest.Create(ImagesForm(), secret: "guessed-secret"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_body_altered_after_signing_is_refused_with_401()
    {
        var genuine = SignedRequest.Create(ImagesForm());
        var altered = SignedRequest.Unsigned(Encoding.UTF8.GetBytes(ImagesForm().Replace("C0WARROOM", "C0OTHER", StringComparison.Ordinal)));
        foreach (var header in genuine.Headers) altered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        await AssertRefusedAsync(altered, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public Task A_request_signed_six_minutes_ago_is_refused_with_401() =>
        AssertRefusedAsync(SignedRequest.Create(ImagesForm(), DateTimeOffset.UtcNow.AddMinutes(-6)), HttpStatusCode.Unauthorized);

    [Fact]
    public Task A_request_without_signature_headers_is_refused_with_401() =>
        AssertRefusedAsync(SignedRequest.Unsigned(Encoding.UTF8.GetBytes(ImagesForm())), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_replayed_request_is_refused_and_runs_once_only()
    {
        var first = SignedRequest.Create(ImagesForm());
        var replay = await SignedRequest.CloneAsync(first);
        using var accepted = await _bot.Client.SendAsync(first);
        using var refused = await _bot.Client.SendAsync(replay);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Single(_warRoom.Received);
    }

    [Fact]
    public Task A_body_over_the_limit_is_refused_with_400() =>
        AssertRefusedAsync(SignedRequest.Create(ImagesForm() + "&padding=" + new string('x', 70_000)), HttpStatusCode.BadRequest);

    [Fact]
    public async Task An_oversized_body_sent_in_chunks_without_a_length_is_refused_with_400()
    {
        var request = SignedRequest.Create(ImagesForm() + "&padding=" + new string('x', 70_000));
        var bytes = await request.Content!.ReadAsByteArrayAsync();
        request.Content = new StreamContent(new NoLengthStream(bytes));
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.TransferEncodingChunked = true;
        await AssertRefusedAsync(request, HttpStatusCode.BadRequest);
    }

    [Fact]
    public Task A_signed_form_without_a_command_is_refused_with_400() =>
        AssertRefusedAsync(SignedRequest.Create(SignedRequest.Form(("user_id", "U1"), ("channel_id", "C1"), ("response_url", _slack.ResponseUrl("x").ToString()))), HttpStatusCode.BadRequest);

    [Fact]
    public Task A_signed_form_repeating_a_field_is_refused_with_400() =>
        AssertRefusedAsync(SignedRequest.Create(ImagesForm() + "&user_id=U0OTHER"), HttpStatusCode.BadRequest);

    [Fact]
    public Task A_signed_form_with_a_response_url_outside_the_allowlist_is_refused_with_400() =>
        AssertRefusedAsync(SignedRequest.Create(SignedRequest.SlashCommand("/docker_images", "", new Uri("https://evil.example/hooks/x"))), HttpStatusCode.BadRequest);

    [Fact]
    public async Task An_ssl_check_is_answered_200_and_runs_nothing()
    {
        using var response = await _bot.Client.SendAsync(SignedRequest.Create(SignedRequest.Form(("ssl_check", "1"), ("token", "x"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_warRoom.Received);
    }

    [Fact]
    public async Task Without_a_signing_secret_every_request_is_refused()
    {
        var settings = SlackBotHost.Settings(_slack);
        settings["Slack:SigningSecret"] = "";
        await using var bot = await SlackBotHost.StartAsync(_warRoom, settings);
        using var response = await bot.Client.SendAsync(SignedRequest.Create(ImagesForm()));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_warRoom.Received);
    }

    /// <summary>A stream whose length is unknown, so the client must send the body chunked without Content-Length.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
