using ChatOps.Tests.Audit.Support;

namespace ChatOps.Tests.Audit;

public sealed class AuditChainTests : IDisposable
{
    private readonly AuditFile _file = new();

    public void Dispose() => _file.Dispose();

    private async Task WriteThreeCommandsAsync()
    {
        var audit = _file.Open();
        foreach (var user in new[] { "alice", "bob", "carol" })
        {
            var receipt = await audit.ReceivedAsync(new ChatMessage("console", user, "room", "/docker_images"), "/docker_images", default);
            await audit.CompletedAsync(receipt, "ok", default);
        }
    }

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        await WriteThreeCommandsAsync();

        var verification = await _file.Chain().VerifyAsync(default);

        Assert.True(verification.IsValid);
        Assert.Equal(6, verification.RowsChecked);
    }

    [Fact]
    public async Task A_row_whose_outcome_was_edited_fails_verify_with_its_id()
    {
        await WriteThreeCommandsAsync();
        await _file.ExecuteAsync("UPDATE audit_log SET outcome = 'refused: not allowed' WHERE id = 4;");

        var verification = await _file.Chain().VerifyAsync(default);

        Assert.Equal(4, verification.FirstBadId);
        Assert.Contains("content does not match its hash", verification.Problem);
    }

    [Fact]
    public async Task A_deleted_row_fails_verify_at_the_row_after_it()
    {
        await WriteThreeCommandsAsync();
        await _file.ExecuteAsync("DELETE FROM audit_log WHERE id = 3;");

        var verification = await _file.Chain().VerifyAsync(default);

        Assert.Equal(4, verification.FirstBadId);
        Assert.Contains("does not link to the row before it", verification.Problem);
    }

    [Fact]
    public async Task A_row_edited_and_rehashed_alone_still_fails_verify_at_the_next_row()
    {
        await WriteThreeCommandsAsync();
        var rows = await _file.RowsAsync();
        var forged = rows[1] with { User = "mallory" };
        forged = forged with { Hash = ChatOps.Audit.AuditRowHash.Of(forged) };
        await _file.ExecuteAsync($"UPDATE audit_log SET user = 'mallory', hash = '{forged.Hash}' WHERE id = 2;");

        var verification = await _file.Chain().VerifyAsync(default);

        Assert.Equal(3, verification.FirstBadId);
    }
}
