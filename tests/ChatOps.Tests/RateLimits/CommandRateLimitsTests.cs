using System.Text.RegularExpressions;
using ChatOps.Parsers;
using ChatOps.Parsers.Commands;
using ChatOps.RateLimits;
using ChatOps.Replies;
using ChatOps.Tests.Routing.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.RateLimits;

public sealed class CommandRateLimitsTests
{
    private static CommandRateLimits Limits(int creates = 2, int runs = 3, string window = "00:10:00") => new(
        Microsoft.Extensions.Options.Options.Create(new RateLimitsOptions
        {
            Create = new RateLimitWindow { PermitLimit = creates, Window = TimeSpan.Parse(window) },
            Run = new RateLimitWindow { PermitLimit = runs, Window = TimeSpan.Parse(window) },
        }), TimeProvider.System);

    private static ChatCommand Parse(string line) =>
        CommandParser.TryParse(line, out var command, out var error) ? command : throw new InvalidOperationException(error.Message);

    private static ChatMessage From(string user, string line) => new("slack", user, "C0WARROOM", line);

    private static readonly ChatCommand Create = Parse("/docker_image_create name=example");

    /// <summary>Whether the Slack user U1 may run the command now (which counts it).</summary>
    private static bool U1May(CommandRateLimits limits, ChatCommand command) => limits.Refuse(From("U1", ""), command) is null;

    [Fact]
    public void The_create_after_the_limit_is_refused_with_when_to_try_again()
    {
        using var limits = Limits(creates: 2);

        Assert.True(U1May(limits, Create) && U1May(limits, Create));
        var refusal = limits.Refuse(From("U1", ""), Create);

        Assert.NotNull(refusal);
        Assert.Matches(new Regex(@"^slack:U1 may run /docker_image_create at most 2 times in 10 min: try again in 10 min \(by \d\d:\d\d:\d\d UTC\)\.$"), refusal.Message);
    }

    [Fact]
    public void Each_user_has_a_share_of_their_own()
    {
        using var limits = Limits(creates: 1);

        Assert.True(U1May(limits, Create));
        Assert.False(U1May(limits, Create));

        Assert.Null(limits.Refuse(From("U2", ""), Create));
        Assert.Null(limits.Refuse(new ChatMessage("discord", "U1", "9012", ""), Create));
    }

    [Fact]
    public void Runs_and_creates_are_counted_apart_and_other_commands_not_at_all()
    {
        using var limits = Limits(creates: 1, runs: 2);
        var run = Parse("!Print value=hi");

        Assert.True(U1May(limits, Create) && U1May(limits, run) && U1May(limits, run));
        Assert.Contains("may run !Print at most 2 times in 10 min", limits.Refuse(From("U1", ""), run)!.Message);
        for (var i = 0; i < 10; i++) Assert.Null(limits.Refuse(From("U1", ""), Parse("/docker_images")));
    }

    [Fact]
    public void Without_a_permit_limit_nothing_is_limited()
    {
        using var limits = new CommandRateLimits(Microsoft.Extensions.Options.Options.Create(new RateLimitsOptions()), TimeProvider.System);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(U1May(limits, Create)));
    }

    [Fact]
    public async Task A_limited_command_reaches_no_handler_and_its_refusal_is_recorded()
    {
        using var limits = Limits(runs: 1);
        var handler = new AnsweringHandler();
        var audit = new RecordingAuditLog();
        var warRoom = new WarRoom([handler], audit, NullLogger<WarRoom>.Instance, limits: limits);

        await foreach (var _ in warRoom.HandleAsync(From("U1", "!Print value=hi"), default)) { }
        var replies = new List<Reply>();
        await foreach (var reply in warRoom.HandleAsync(From("U1", "!Print value=hi"), default)) replies.Add(reply);

        var refusal = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.StartsWith("slack:U1 may run !Print at most 1 times in 10 min: try again in", refusal.Message);
        Assert.Single(handler.Calls);
        Assert.Equal("refused: " + refusal.Message, audit.Records.Last().Outcome);
    }
}
