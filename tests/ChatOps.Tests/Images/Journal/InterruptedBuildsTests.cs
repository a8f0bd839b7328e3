using ChatOps.Delivery;
using ChatOps.Images;
using ChatOps.Images.Journal;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Storage;
using ChatOps.Tests.Images.Support;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Images.Journal;

/// <summary>
/// What the start of the bot does with journal rows a dead process left (written here by a journal instance that is
/// then disposed, as a kill -9 drops its lock), on the image side wired as the app wires it and the real engine.
/// </summary>
public sealed class InterruptedBuildsTests
{
    private static readonly ChatMessage Requester = new("slack", "U0EVE", "C0WARROOM", "/docker_image_create name=x dependencies=chatops-probe");

    [Fact]
    public async Task A_build_interrupted_more_often_than_the_retries_allow_is_failed_its_number_released_and_its_requester_told()
    {
        await using var bed = ImagesTestBed.Create(storageFolder: Directory.CreateTempSubdirectory("chatops-interrupted-").FullName);
        var spec = SpecOf(bed.NewName("twice"));
        var database = new Database(MsOptions.Create(new StorageOptions { Folder = bed.Folder }));
        var numbers = new BuildNumberStore(database);
        using (var crashed = new BuildJournal(database, TimeProvider.System))
        {
            var id = await crashed.AcceptAsync(Requester, spec, CancellationToken.None);
            await crashed.RequeueAsync([id], 1, "build number 1.0.0.1 released", CancellationToken.None); // the first stop, taken up once
            await crashed.BuildingAsync([id], $"1.0.0.{await numbers.NextAsync(spec.Repository, CancellationToken.None)}", CancellationToken.None);
        }

        await bed.StartAsync();

        var kept = Assert.Single(await bed.Get<IKeptResults>().TakeAsync("slack", "U0EVE", "C0WARROOM", CancellationToken.None));
        Assert.Equal(BuildOutcomeRecorder.RestartReason, kept.Reason);
        var error = Assert.IsType<ErrorReply>(Assert.Single(kept.Replies));
        Assert.Equal($"{spec.Repository} was not created: the bot stopped during its build 2 times, so it is not tried again. Run the create again once the cause is known.", error.Message);
        Assert.Equal(0, BuildJournalTable.OpenRows(bed.Folder));
        Assert.Equal(1, await numbers.NextAsync(spec.Repository, CancellationToken.None)); // given back: nothing was ever tagged with it
        Assert.Empty(await bed.EngineTagsAsync(spec.Repository));
    }

    [Fact]
    public async Task A_create_whose_image_was_recorded_before_the_stop_is_finished_with_its_card_and_not_built_again()
    {
        await using var bed = ImagesTestBed.Create(storageFolder: Directory.CreateTempSubdirectory("chatops-interrupted-").FullName);
        var spec = SpecOf(bed.NewName("recorded"));
        var database = new Database(MsOptions.Create(new StorageOptions { Folder = bed.Folder }));
        using (var crashed = new BuildJournal(database, TimeProvider.System))
        {
            var id = await crashed.AcceptAsync(Requester, spec, CancellationToken.None);
            await crashed.BuildingAsync([id], "1.0.0.4", CancellationToken.None);
            await new ImageMetadataStore(database).SaveAsync(new ImageRecord(spec.Repository, "1.0.0.4", "sha256:" + new string('a', 64),
                spec.Base.ToString(), spec.Key, "3.11.2", [], [], 1000, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(2)), CancellationToken.None);
        } // died after recording the image, before closing its journal row

        await bed.StartAsync();

        var kept = Assert.Single(await bed.Get<IKeptResults>().TakeAsync("slack", "U0EVE", "C0WARROOM", CancellationToken.None));
        Assert.Equal($"{spec.Repository}:1.0.0.4", Assert.IsType<CardReply>(Assert.Single(kept.Replies)).Title);
        Assert.Equal(0, BuildJournalTable.OpenRows(bed.Folder));
        Assert.Empty(await bed.EngineTagsAsync(spec.Repository)); // not built again
    }

    [Fact]
    public async Task A_create_whose_staged_image_became_an_approval_request_before_the_stop_is_finished_with_that_request_and_not_built_again()
    {
        await using var bed = ImagesTestBed.Create(storageFolder: Directory.CreateTempSubdirectory("chatops-interrupted-").FullName,
            settings: new Dictionary<string, string?> { ["Images:RequireApproval"] = "true" });
        var spec = SpecOf(bed.NewName("asked"));
        var database = new Database(MsOptions.Create(new StorageOptions { Folder = bed.Folder }));
        using (var crashed = new BuildJournal(database, TimeProvider.System))
        using (var approvals = new ChatOps.Images.Approvals.ApprovalStore(database))
        {
            var id = await crashed.AcceptAsync(Requester, spec, CancellationToken.None);
            await crashed.BuildingAsync([id], "1.0.0.5", CancellationToken.None);
            var staged = new StagedImage(spec, "1.0.0.5", "chatops-staging/x:1.0.0.5-0", "sha256:" + new string('b', 64),
                new ImageVerification("3.11.2", [], [], []), ChatOps.Policy.VettingReport.Empty, "FROM demisto/python3-deb:3.11.2.1\n", [],
                "slack/U0EVE", "C0WARROOM", Requester.Text, TimeSpan.FromSeconds(3));
            await approvals.OpenAsync(staged, Requester, ["slack:U0EVE"], DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        } // died after opening the approval request, before closing its journal row

        await bed.StartAsync();

        var kept = Assert.Single(await bed.Get<IKeptResults>().TakeAsync("slack", "U0EVE", "C0WARROOM", CancellationToken.None));
        Assert.Equal($"Approval request 1: {spec.Repository}:1.0.0.5", Assert.IsType<CardReply>(Assert.Single(kept.Replies)).Title);
        Assert.Equal(0, BuildJournalTable.OpenRows(bed.Folder));
        Assert.Empty(await bed.LabelledRepoTagsAsync()); // not built again
    }

    private static ImageSpec SpecOf(string name) =>
        ImageSpec.Create($"demisto/{name}", new ImageReference("demisto/python3-deb", "3.11.2.1"), [new PythonRequirement("chatops-probe", [], "")], []);
}
