using ChatOps.Bots.Slack;
using ChatOps.Bots.Slack.FollowUp;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.WebApi;
using ChatOps.Bots.Tests.Slack.Support;
using ChatOps.Replies;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Bots.Tests.Slack;

/// <summary>The response_url budget: 5 uses within 30 minutes, the result never starved by progress.</summary>
public sealed class ResponseUrlConversationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Start);
    private readonly RecordingHandler _handler = new();
    private readonly BlockKitRenderer _renderer = new();
    private readonly Uri _responseUrl = new("https://hooks.slack.com/commands/T1/2/abc");

    private ResponseUrlConversation Conversation(bool ackShown = true)
    {
        var options = new SlackOptions();
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var client = new ResponseUrlClient(new HttpClient(_handler), new ResponseUrlPolicy(wrapped), NullLogger<ResponseUrlClient>.Instance);
        return new ResponseUrlConversation(client, _responseUrl, Start, ackShown, "/docker_images", _renderer, options, _clock, NullLogger.Instance);
    }

    private SlackMessage Progress(int i) => _renderer.RenderProgress("/docker_images", new ProgressReply("list", $"step {i}"));

    private SlackMessage Table() => _renderer.RenderResult("/docker_images", [new TableReply(null, ["repository"], [["demisto/a"]])]);

    [Fact]
    public async Task Ten_progress_updates_use_three_posts_and_the_result_and_the_closing_edit_still_go_out()
    {
        var conversation = Conversation();
        for (var i = 0; i < 10; i++) await conversation.ShowProgressAsync(Progress(i), CancellationToken.None);
        await conversation.FinishAsync(Table(), CancellationToken.None);

        var bodies = _handler.Requests.Select(r => r.Body).ToList();
        Assert.Equal(5, bodies.Count);
        Assert.All(bodies.Take(3), b => Assert.Contains("\"replace_original\":true", b));
        Assert.Contains("demisto/a", bodies[3]);
        Assert.Contains("\"response_type\":\"in_channel\"", bodies[3]);
        Assert.Contains("finished", bodies[4]);
        Assert.All(_handler.Requests, r => Assert.Equal(_responseUrl, r.Url));
    }

    [Fact]
    public async Task An_error_replaces_the_progress_message_and_stays_ephemeral()
    {
        var conversation = Conversation();
        await conversation.ShowProgressAsync(Progress(1), CancellationToken.None);
        await conversation.FinishAsync(_renderer.RenderResult("/docker_images", [new ErrorReply("engine unreachable")]), CancellationToken.None);

        var last = _handler.Requests.Last().Body;
        Assert.Contains("\"response_type\":\"ephemeral\"", last);
        Assert.Contains("\"replace_original\":true", last);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task After_thirty_minutes_the_response_url_is_not_called_and_the_result_fails_loudly()
    {
        var conversation = Conversation();
        _clock.Now = Start + TimeSpan.FromMinutes(30);

        await conversation.ShowProgressAsync(Progress(1), CancellationToken.None);
        var failure = await Assert.ThrowsAsync<SlackApiException>(() => conversation.FinishAsync(Table(), CancellationToken.None));

        Assert.Contains("expired", failure.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_quick_socket_mode_result_is_one_post_with_no_closing_edit()
    {
        await Conversation(ackShown: false).FinishAsync(Table(), CancellationToken.None);
        Assert.Single(_handler.Requests);
    }
}
