using ChatOps.Access;
using ChatOps.Audit;
using ChatOps.Replies;
using ChatOps.Tests.Audit.Support;
using ChatOps.Tests.Routing.Support;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Audit;

/// <summary>/audit over a real audit file: the newest entries, filtered by user, command and outcome, for those with audit.read.</summary>
public sealed class ShowAuditTests : IDisposable
{
    private readonly AuditFile _file = new();
    private readonly WarRoom _warRoom;

    public ShowAuditTests()
    {
        var access = new AccessPolicy(MsOptions.Create(new AccessOptions
        {
            Admins = ["slack:UADMIN"],
            Roles = { ["viewer"] = ["images.list"], ["auditor"] = ["audit.read"] },
            Grants = [new AccessGrant { To = "slack:C0WARROOM", Roles = ["viewer"] }, new AccessGrant { To = "slack:UAUDIT", Roles = ["auditor"] }],
        }), new CommandPermissions(), "operator");
        _warRoom = new WarRoom([new ShowAuditHandler(new AuditSearch(_file.Database())), new AnsweringHandler()], _file.Open(), NullLogger<WarRoom>.Instance, access);
    }

    public void Dispose() => _file.Dispose();

    private async Task<List<Reply>> SayAsync(string user, string line, string platform = "slack")
    {
        var replies = new List<Reply>();
        await foreach (var reply in _warRoom.HandleAsync(new ChatMessage(platform, user, "C0WARROOM", line), default)) replies.Add(reply);
        return replies;
    }

    /// <summary>The /audit table without the query itself, which is on record and open while it runs when the filters let it in.</summary>
    private async Task<List<(string User, string Command, string Outcome)>> AuditAsync(string line)
    {
        var table = Assert.IsType<TableReply>(Assert.Single(await SayAsync("UAUDIT", line)));
        Assert.Equal(["id", "at", "user", "channel", "command", "outcome", "duration"], table.Columns);
        return table.Rows.Select(r => (r[2], r[4], r[5])).Where(r => r != ("slack:UAUDIT", line, "open")).ToList();
    }

    private async Task SeedAsync()
    {
        await SayAsync("U1", "/docker_images");
        await SayAsync("U2", "/docker_image_create name=example");
        await SayAsync("U1", "/docker_images name=python3");
        await SayAsync("U1", "help");
    }

    [Fact]
    public async Task Audit_shows_the_newest_entries_first_with_their_outcomes_itself_included()
    {
        await SeedAsync();

        var shown = await AuditAsync("/audit limit=4");

        Assert.Equal(3, shown.Count);
        Assert.Equal(("slack:U1", "help", "ok"), shown[0]);
        Assert.Equal(("slack:U1", "/docker_images name=python3", "ok"), shown[1]);
        Assert.Equal("slack:U2", shown[2].User);
        Assert.StartsWith("refused: slack:U2 may not run /docker_image_create in slack:C0WARROOM: it needs the permission images.create.", shown[2].Outcome);
    }

    [Fact]
    public async Task Audit_filters_by_user_command_and_outcome()
    {
        await SeedAsync();
        await SayAsync("U1", "/docker_images", platform: "discord");

        Assert.Equal(["/docker_images", "/docker_images name=python3", "help"],
            (await AuditAsync("/audit user=slack:U1")).Select(r => r.Command).Reverse());
        Assert.Equal(["discord:U1", "slack:U1", "slack:U1"],
            (await AuditAsync("/audit user=U1 command=/docker_images")).Select(r => r.User));
        Assert.Equal(["discord:U1", "slack:U2"], (await AuditAsync("/audit outcome=refused")).Select(r => r.User));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        await SeedAsync();

        var reply = Assert.Single(await SayAsync("UAUDIT", "/audit user=slack:U9 outcome=failed"));

        Assert.Equal(new TextReply("No audited command matches (user=slack:U9 outcome=failed)."), reply);
    }

    [Fact]
    public async Task Without_audit_read_the_audit_is_refused_and_the_attempt_is_on_record()
    {
        await SeedAsync();

        var refusal = Assert.IsType<ErrorReply>(Assert.Single(await SayAsync("U1", "/audit")));

        Assert.Equal("slack:U1 may not run /audit in slack:C0WARROOM: it needs the permission audit.read. Ask an admin to grant it: slack:UADMIN.", refusal.Message);
        Assert.Equal(("slack:U1", "/audit", "refused: " + refusal.Message), (await AuditAsync("/audit limit=2")).Single());
    }

    [Fact]
    public async Task A_command_still_running_is_shown_as_open()
    {
        var waiting = new WaitingHandler();
        var warRoom = new WarRoom([waiting], _file.Open(), NullLogger<WarRoom>.Instance);
        var running = Task.Run(async () => { await foreach (var _ in warRoom.HandleAsync(new ChatMessage("slack", "U7", "C0WARROOM", "help"), default)) { } });
        await waiting.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(("slack:U7", "help", "open"), (await AuditAsync("/audit outcome=open")).Single());
        waiting.Release.SetResult();
        await running;
        Assert.Empty(await AuditAsync("/audit outcome=open"));
    }
}
