using System.Collections.Concurrent;
using ChatOps.Audit;
using ChatOps.Delivery;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.Audit.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Audit;

/// <summary>
/// A command a crash cut short is told to its user through the platform's adapter, with the follow-up route the
/// command came with while it is valid; what no adapter delivers is kept for the user's next command.
/// </summary>
public sealed class InterruptedCommandFollowUpTests : IDisposable
{
    private readonly AuditFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task The_adapter_of_the_platform_gets_the_commands_follow_up_route_and_a_notice_it_delivered_is_not_kept_too()
    {
        var route = new FollowUpRoute("https://hooks.slack.com/commands/T1/1/secret", DateTimeOffset.UtcNow.AddMinutes(29));
        await CrashDuringAsync(new ChatMessage("slack", "U1", "C1", "/content_update_images") { FollowUp = route });
        var slack = new RecordingNotifier("slack", delivers: true);
        var kept = new SqliteKeptResults(_file.Database(), TimeProvider.System);

        await _file.Open(kept, [slack, new RecordingNotifier("discord", delivers: true)]).ListAsync(default);

        var (command, given, notice) = Assert.Single(slack.Told);
        Assert.Equal(("U1", "C1", "/content_update_images"), (command.User, command.Channel, command.Verb));
        Assert.Equal(route.Address, given?.Address);
        Assert.StartsWith("/content_update_images did not finish: the bot stopped while it ran", notice.Message);
        Assert.Empty(await kept.TakeAsync("slack", "U1", "C1", default));
        Assert.Null(await _file.Routes().TakeAsync(command.Id, default)); // taken once, not left behind
    }

    [Fact]
    public async Task An_expired_route_is_not_handed_on_and_a_notice_the_adapter_could_not_deliver_is_kept()
    {
        await CrashDuringAsync(new ChatMessage("discord", "42", "9012", "!Print value=x")
        {
            FollowUp = new FollowUpRoute("interaction-token", DateTimeOffset.UtcNow.AddSeconds(-1)),
        });
        var discord = new RecordingNotifier("discord", delivers: false);
        var kept = new SqliteKeptResults(_file.Database(), TimeProvider.System);

        await _file.Open(kept, [discord]).ListAsync(default);

        Assert.Null(Assert.Single(discord.Told).Route);
        var notice = Assert.Single(await kept.TakeAsync("discord", "42", "9012", default));
        Assert.StartsWith("!Print did not finish", Assert.IsType<ErrorReply>(Assert.Single(notice.Replies)).Message);
    }

    [Fact]
    public async Task The_war_room_keeps_the_route_while_the_command_runs_and_removes_it_when_it_ends()
    {
        var seen = new TaskCompletionSource<long>();
        var handler = new PeekingHandler(async () => seen.SetResult(await RoutesKeptAsync()));
        var warRoom = new WarRoom([handler], _file.Open(), NullLogger<WarRoom>.Instance, routes: _file.Routes());
        var route = new FollowUpRoute("https://hooks.slack.com/commands/T1/2/secret", DateTimeOffset.UtcNow.AddMinutes(30));

        await foreach (var _ in warRoom.HandleAsync(new ChatMessage("slack", "U1", "C1", "/docker_image_prune") { FollowUp = route }, default))
        {
        }

        Assert.Equal(1, await seen.Task);
        Assert.Equal(0, await RoutesKeptAsync());
    }

    private async Task<long> RoutesKeptAsync()
    {
        await using var connection = await _file.Database().OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM follow_up_routes WHERE address = 'https://hooks.slack.com/commands/T1/2/secret'";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Receives a command in a log instance that then dies (its owner lock dropped, as a kill -9 drops it).</summary>
    private async Task CrashDuringAsync(ChatMessage message)
    {
        var crashed = _file.Open();
        var receipt = await crashed.ReceivedAsync(message, message.Text.Split(' ')[0], default);
        await _file.Routes().KeepAsync(receipt.Id, message.FollowUp!, default);
        crashed.Dispose();
    }

    private sealed class RecordingNotifier(string platform, bool delivers) : IInterruptedCommandNotifier
    {
        public ConcurrentQueue<(InterruptedCommand Command, FollowUpRoute? Route, ErrorReply Notice)> Told { get; } = new();

        public string Platform => platform;

        public Task<bool> TellAsync(InterruptedCommand command, FollowUpRoute? route, ErrorReply notice, CancellationToken cancellationToken)
        {
            Told.Enqueue((command, route, notice));
            return Task.FromResult(delivers);
        }
    }

    /// <summary>Handles /docker_image_prune by looking at the route table while the command runs.</summary>
    private sealed class PeekingHandler(Func<Task> peek) : CommandHandler<PruneImagesCommand>
    {
        protected override async IAsyncEnumerable<Reply> HandleAsync(PruneImagesCommand command, ChatMessage message,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await peek();
            yield return new TextReply("pruned");
        }
    }
}
