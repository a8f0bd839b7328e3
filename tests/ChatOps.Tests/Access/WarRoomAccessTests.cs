using ChatOps.Access;
using ChatOps.Replies;
using ChatOps.Tests.Routing.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Access;

public sealed class WarRoomAccessTests
{
    private static AccessPolicy OnlyAdmin() => new(
        Microsoft.Extensions.Options.Options.Create(new AccessOptions { Admins = ["slack:UADMIN"] }), new CommandPermissions(), "operator");

    [Fact]
    public async Task A_refused_command_reaches_no_handler_and_its_refusal_is_recorded()
    {
        var handler = new RecordingHandler([new TextReply("never")]);
        var audit = new RecordingAuditLog();
        var warRoom = new WarRoom([handler], audit, NullLogger<WarRoom>.Instance, OnlyAdmin());

        var replies = new List<Reply>();
        await foreach (var reply in warRoom.HandleAsync(new ChatMessage("slack", "U0123", "C0123", "/docker_images"), default)) replies.Add(reply);

        const string Expected = "slack:U0123 may not run /docker_images in slack:C0123: it needs the permission images.list. Ask an admin to grant it: slack:UADMIN.";
        Assert.Equal(Expected, Assert.IsType<ErrorReply>(Assert.Single(replies)).Message);
        Assert.Empty(handler.Calls);
        Assert.Equal(("/docker_images", "refused: " + Expected), (audit.Records.Single().Verb, audit.Records.Single().Outcome));
    }

    [Fact]
    public async Task Help_passes_the_policy_and_reaches_its_handler()
    {
        var handler = new RecordingHandler([new TextReply("usage")]);
        var warRoom = new WarRoom([handler], new RecordingAuditLog(), NullLogger<WarRoom>.Instance, OnlyAdmin());

        var replies = new List<Reply>();
        await foreach (var reply in warRoom.HandleAsync(new ChatMessage("slack", "U0123", "C0123", "help"), default)) replies.Add(reply);

        Assert.Equal([new TextReply("usage")], replies);
        Assert.Single(handler.Calls);
    }
}
