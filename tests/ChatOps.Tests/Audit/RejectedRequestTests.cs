using ChatOps.Audit;
using ChatOps.Parsers.Commands;
using ChatOps.Tests.Audit.Support;

namespace ChatOps.Tests.Audit;

/// <summary>A request refused for its signature is one row on the chain: who cannot be known, so only the platform, why and from where.</summary>
public sealed class RejectedRequestTests : IDisposable
{
    private readonly AuditFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_rejected_request_is_one_chained_row_that_verifies_and_is_found_by_its_outcome()
    {
        var log = _file.Open();
        var receipt = await log.ReceivedAsync(new ChatMessage("slack", "U1", "C1", "help"), "help", default);
        await log.CompletedAsync(receipt, "ok", default);

        await log.RejectedAsync("discord", "signature check failed", "127.0.0.1", default);

        var row = (await _file.RowsAsync()).Last();
        Assert.Equal((AuditRow.Rejected, (long?)null, "discord", "(unverified)", "(request)", "from 127.0.0.1", "rejected: signature check failed"),
            (row.Kind, row.CommandId, row.Platform, row.User, row.Verb, row.Text, row.Outcome));
        Assert.True((await _file.Chain().VerifyAsync(default)).IsValid);
        var found = Assert.Single(await new AuditSearch(_file.Database()).FindAsync(new ShowAuditCommand(null, null, "rejected", 20), default));
        Assert.Equal((row.Id, "rejected: signature check failed"), (found.Id, found.Outcome));
    }

    [Fact]
    public async Task A_rejected_request_is_never_taken_for_an_interrupted_command_at_the_next_start()
    {
        await _file.Open().RejectedAsync("slack", "signature check failed: WrongSignature", null, default);

        Assert.Empty(await _file.Open().ListAsync(default));
    }
}
