using ChatOps.Images;
using ChatOps.Images.Journal;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Storage;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Images.Journal;

/// <summary>The build journal on a real SQLite file; each journal instance stands for one process of the bot.</summary>
public sealed class BuildJournalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-journal-").FullName;

    private static readonly ChatMessage Alice = new("slack", "U0ALICE", "C0WARROOM", "/docker_image_create name=tool dependencies=requests[socks]>=2.31,<3 packages=wget=1.21");

    private static readonly ImageSpec Spec = ImageSpec.Create("demisto/tool", new ImageReference("demisto/python3-deb", "3.11.2.1"),
        [new PythonRequirement("requests", ["socks"], ">=2.31,<3")], [new OsPackage("wget", "1.21")]);

    private BuildJournal NewJournal() => new(new Database(MsOptions.Create(new StorageOptions { Folder = _folder })), TimeProvider.System);

    [Fact]
    public async Task Rows_of_a_journal_whose_process_is_gone_are_claimed_once_with_their_requester_spec_and_tag()
    {
        using (var crashed = NewJournal())
        {
            var id = await crashed.AcceptAsync(Alice, Spec, CancellationToken.None);
            await crashed.BuildingAsync([id], "1.0.0.7", CancellationToken.None);
            await crashed.AcceptAsync(Alice with { User = "U0BOB" }, Spec, CancellationToken.None);
        } // disposing drops the owner lock, as the OS does for a process killed -9

        using var restarted = NewJournal();
        var claimed = await restarted.ClaimInterruptedAsync(CancellationToken.None);

        Assert.Equal([("U0ALICE", JournalEntry.Building, "1.0.0.7"), ("U0BOB", JournalEntry.Queued, null)],
            claimed.Select(e => (e.Requester.User, e.State, e.Tag)).ToList());
        Assert.Equal(Alice, claimed[0].Requester);
        Assert.Equal(Spec.Key, claimed[0].Spec.Key);
        Assert.Equal(Spec.Dependencies, claimed[0].Spec.Dependencies);
        Assert.Equal(Spec.Packages, claimed[0].Spec.Packages);
        using var another = NewJournal();
        Assert.Empty(await another.ClaimInterruptedAsync(CancellationToken.None)); // the restarted one owns them now, and lives
    }

    [Fact]
    public async Task Rows_of_a_journal_that_still_runs_and_finished_rows_are_never_claimed()
    {
        using var running = NewJournal();
        await running.AcceptAsync(Alice, Spec, CancellationToken.None);
        using (var ended = NewJournal())
        {
            var id = await ended.AcceptAsync(Alice, Spec, CancellationToken.None);
            await ended.FinishAsync([id], "ok demisto/tool:1.0.0.1", CancellationToken.None);
        }

        using var starting = NewJournal();
        Assert.Empty(await starting.ClaimInterruptedAsync(CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
