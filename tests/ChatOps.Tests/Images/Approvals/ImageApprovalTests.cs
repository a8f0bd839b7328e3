using ChatOps.Images.Approvals;
using ChatOps.Images.Leftovers;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;
using Microsoft.Data.Sqlite;

namespace ChatOps.Tests.Images.Approvals;

/// <summary>Images:RequireApproval through the whole war room, against the real engine, a real pip and the local index.</summary>
public sealed class ImageApprovalTests(ProbeWheels wheels) : IClassFixture<ProbeWheels>
{
    private const string Approver = "approver";

    /// <summary>An Access section: the tester may create, the approver may approve, the bystander may only create.</summary>
    private static readonly Dictionary<string, string?> Governed = new()
    {
        ["Images:RequireApproval"] = "true",
        ["Access:Roles:builder:0"] = "images.create",
        ["Access:Roles:approver:0"] = "images.approve",
        ["Access:Grants:0:To"] = "console:tester",
        ["Access:Grants:0:Roles:0"] = "builder",
        ["Access:Grants:0:Roles:1"] = "approver",
        ["Access:Grants:1:To"] = "console:approver",
        ["Access:Grants:1:Roles:0"] = "approver",
        ["Access:Grants:2:To"] = "console:bystander",
        ["Access:Grants:2:Roles:0"] = "builder",
        ["Access:LocalUserIsAdmin"] = "false",
    };

    [Fact]
    public async Task A_create_stays_staged_its_requester_may_not_approve_it_and_another_approver_gives_it_its_final_tag()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, settings: Governed);
        var repository = $"demisto/{bed.NewName("approve")}";

        var card = Assert.IsType<CardReply>((await bed.TypeAsync($"/docker_image_create name={bed.NewName("approve")} dependencies=chatops-probe"))[^1]);

        Assert.Equal($"Approval request 1: {repository}:1.0.0.1", card.Title);
        Assert.Equal(["Approve", "Deny"], card.Buttons.Select(b => b.Label));
        Assert.Equal(["/docker_image_approve id=1", "/docker_image_deny id=1"], card.Buttons.Select(b => b.Line("id")));
        Assert.Contains(card.Fields, f => f.Label == "requested by" && f.Value == "console:tester");
        Assert.Empty(await bed.EngineTagsAsync(repository));
        var staging = Assert.Single(await bed.LabelledRepoTagsAsync());
        Assert.StartsWith("chatops-staging/", staging);

        // The requester holds images.approve, and is refused all the same: nobody approves their own request.
        var own = Assert.IsType<ErrorReply>(Assert.Single(await bed.TypeAsync("/docker_image_approve id=1")));
        Assert.Equal($"console:tester may not approve approval request 1: {repository}:1.0.0.1 is their own request. Someone else with images.approve must approve it.", own.Message);
        Assert.Empty(await bed.EngineTagsAsync(repository));
        Assert.StartsWith("refused: console:tester may not approve", await OutcomeOfAsync(bed, "/docker_image_approve", "tester"));

        // An approver who was not in the channel finds what waits, with the same buttons.
        var waiting = Assert.IsType<CardReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_approvals")));
        Assert.Equal(card.Title, waiting.Title);
        Assert.Equal(card.Buttons, waiting.Buttons);

        var approved = await bed.TypeAsAsync(Approver, "/docker_image_approve id=1");

        Assert.Equal($"console:approver approved request 1: {repository}:1.0.0.1 has its final tag.", Assert.IsType<TextReply>(approved[0]).Text);
        Assert.Equal($"{repository}:1.0.0.1", Assert.IsType<CardReply>(approved[1]).Title);
        Assert.Equal(["1.0.0.1"], await bed.EngineTagsAsync(repository));
        Assert.Equal([$"{repository}:1.0.0.1"], await bed.LabelledRepoTagsAsync()); // the staging tag is gone
        Assert.Equal("ok", await OutcomeOfAsync(bed, "/docker_image_approve", Approver));
        Assert.Contains("\"decision\":\"approve\"", await DetailAsync(bed, "approval"));

        Assert.Equal("No approval request is waiting.", Assert.IsType<TextReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_approvals"))).Text);

        // Decided once: a second approval changes nothing and says why.
        var again = Assert.IsType<ErrorReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_approve id=1")));
        Assert.Equal($"Approval request 1 was approved already by console:approver: {repository}:1.0.0.1 has its final tag.", again.Message);
    }

    [Fact]
    public async Task Without_images_approve_the_approval_is_refused_by_the_access_policy_and_recorded()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, settings: Governed);

        var refused = Assert.IsType<ErrorReply>(Assert.Single(await bed.TypeAsAsync("bystander", "/docker_image_approve id=7")));

        Assert.StartsWith("console:bystander may not run /docker_image_approve in console:war-room: it needs the permission images.approve.", refused.Message);
        Assert.StartsWith("refused: console:bystander may not run", await OutcomeOfAsync(bed, "/docker_image_approve", "bystander"));
    }

    [Fact]
    public async Task A_deny_removes_the_staging_tag_and_tags_nothing()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, settings: Governed);
        var name = bed.NewName("deny");
        Assert.IsType<CardReply>((await bed.TypeAsync($"/docker_image_create name={name} dependencies=chatops-probe"))[^1]);
        Assert.Single(await bed.LabelledRepoTagsAsync());

        var denied = Assert.IsType<TextReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_deny id=1")));

        Assert.Equal($"console:approver denied approval request 1: demisto/{name}:1.0.0.1 was not tagged and its staged image was removed.", denied.Text);
        Assert.Empty(await bed.LabelledRepoTagsAsync());
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
        var late = Assert.IsType<ErrorReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_approve id=1")));
        Assert.Equal($"Approval request 1 for demisto/{name}:1.0.0.1 was denied by console:approver; nothing was tagged.", late.Message);
    }

    [Fact]
    public async Task An_approval_whose_staged_image_is_gone_fails_once_and_says_so_afterwards()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, settings: Governed);
        var name = bed.NewName("gone");
        Assert.IsType<CardReply>((await bed.TypeAsync($"/docker_image_create name={name} dependencies=chatops-probe"))[^1]);
        var staging = Assert.Single(await bed.LabelledRepoTagsAsync());
        await bed.Docker.Images.DeleteImageAsync(staging, new Docker.DotNet.Models.ImageDeleteParameters { Force = true });

        var failed = Assert.IsType<ErrorReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_approve id=1")));

        Assert.StartsWith($"Approval request 1 was approved but demisto/{name}:1.0.0.1 could not be tagged: ", failed.Message);
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
        var again = Assert.IsType<ErrorReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_approve id=1")));
        Assert.Equal($"Approval request 1 for demisto/{name}:1.0.0.1 failed earlier; run the create again.", again.Message);
    }

    [Fact]
    public async Task An_expired_request_loses_its_staging_tag_its_requester_is_told_and_it_is_recorded()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, settings: new Dictionary<string, string?>(Governed) { ["Images:ApprovalExpiry"] = "00:00:02" });
        var name = bed.NewName("expire");
        Assert.IsType<CardReply>((await bed.TypeAsync($"/docker_image_create name={name} dependencies=chatops-probe"))[^1]);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        // Approving in the moment between the expiry and the pass that notices it is refused too.
        var late = Assert.IsType<ErrorReply>(Assert.Single(await bed.TypeAsAsync(Approver, "/docker_image_approve id=1")));
        Assert.StartsWith($"Approval request 1 for demisto/{name}:1.0.0.1 expired at ", late.Message);

        Assert.Equal(1, await bed.Get<ImageApprovals>().ExpireAsync(CancellationToken.None));

        Assert.Empty(await bed.LabelledRepoTagsAsync());
        Assert.Equal(0, await bed.Get<ImageApprovals>().ExpireAsync(CancellationToken.None)); // once
        Assert.StartsWith($"expired: demisto/{name}:1.0.0.1 removed", await OutcomeOfAsync(bed, "(approval expiry)", "tester"));
        // The requester hears of it first thing at their next command in that channel.
        var next = await bed.TypeAsync("/help");
        Assert.Contains(next, r => r is TextReply t && t.Text.StartsWith($"Approval request 1 for demisto/{name}:1.0.0.1 expired at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pending_request_survives_a_restart_and_the_leftover_sweep_but_an_expired_one_is_swept()
    {
        var settings = new Dictionary<string, string?>(Governed) { ["Images:LeftoverAge"] = "00:00:00" };
        await using var bed = ImagesTestBed.Create(wheels.Index.Url, settings: settings);
        var name = bed.NewName("restart");
        Assert.IsType<CardReply>((await bed.TypeAsync($"/docker_image_create name={name} dependencies=chatops-probe"))[^1]);

        // The start sweeps leftovers older than no time at all: only the approval request keeps the staging tag.
        await bed.RestartAsync();
        Assert.Single(await bed.LabelledRepoTagsAsync());

        var approved = await bed.TypeAsAsync(Approver, "/docker_image_approve id=1");
        Assert.Equal($"demisto/{name}:1.0.0.1", Assert.IsType<CardReply>(approved[^1]).Title);

        // An expired request no pass has noticed yet holds nothing: the sweep takes its staging tag.
        await using var second = ImagesTestBed.Create(wheels.Index.Url, settings: new Dictionary<string, string?>(settings) { ["Images:ApprovalExpiry"] = "00:00:01" });
        Assert.IsType<CardReply>((await second.TypeAsync($"/docker_image_create name={second.NewName("swept")} dependencies=chatops-probe"))[^1]);
        Assert.Single(await second.LabelledRepoTagsAsync());
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var swept = await second.Get<LeftoverSweeper>().SweepAsync(CancellationToken.None);

        Assert.Equal(1, swept.StagingTags);
        Assert.Empty(await second.LabelledRepoTagsAsync());
    }

    /// <summary>The outcome of the newest audited command of this verb by this console user.</summary>
    private static async Task<string?> OutcomeOfAsync(ImagesTestBed bed, string verb, string user)
    {
        await using var connection = await OpenAsync(bed);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT outcome FROM audit_log WHERE kind = 'completed' AND verb = $verb AND user = $user ORDER BY id DESC LIMIT 1";
        select.Parameters.AddWithValue("$verb", verb);
        select.Parameters.AddWithValue("$user", user);
        return (string?)await select.ExecuteScalarAsync();
    }

    private static async Task<string> DetailAsync(ImagesTestBed bed, string what)
    {
        await using var connection = await OpenAsync(bed);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT text FROM audit_log WHERE kind = 'detail' AND verb = $what ORDER BY id DESC LIMIT 1";
        select.Parameters.AddWithValue("$what", what);
        return (string)(await select.ExecuteScalarAsync() ?? throw new Xunit.Sdk.XunitException($"no {what} detail on the audit chain"));
    }

    private static async Task<SqliteConnection> OpenAsync(ImagesTestBed bed)
    {
        var connection = new SqliteConnection($"Data Source={bed.Get<ChatOps.Storage.Database>().FilePath}");
        await connection.OpenAsync();
        return connection;
    }
}
