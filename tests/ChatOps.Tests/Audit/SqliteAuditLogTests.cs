using ChatOps.Audit;
using ChatOps.Tests.Audit.Support;

namespace ChatOps.Tests.Audit;

public sealed class SqliteAuditLogTests : IDisposable
{
    private readonly AuditFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_command_is_recorded_when_received_and_again_when_it_ends_and_a_huge_line_is_stored_cut_short()
    {
        var audit = _file.Open();

        var receipt = await audit.ReceivedAsync(new ChatMessage("slack", "U1", "C1", "/docker_images"), "/docker_images", default);
        await audit.CompletedAsync(receipt, "ok", default);
        await audit.ReceivedAsync(new ChatMessage("exec", "root", "exec", new string('x', 100_000)), "(unparsed)", default);

        var rows = await _file.RowsAsync();
        Assert.Equal(3, rows.Count);
        Assert.Equal((AuditRow.Received, "slack", "U1", "C1", "/docker_images", "/docker_images", (string?)null),
            (rows[0].Kind, rows[0].Platform, rows[0].User, rows[0].Channel, rows[0].Verb, rows[0].Text, rows[0].Outcome));
        Assert.Equal((AuditRow.Completed, receipt.Id, "ok"), (rows[1].Kind, rows[1].CommandId, rows[1].Outcome));
        Assert.NotNull(rows[1].DurationMs);
        Assert.Equal(4000, rows[2].Text.Length);
    }

    [Fact]
    public async Task A_command_received_by_a_process_that_died_is_marked_interrupted_at_the_next_start_and_only_once()
    {
        var crashed = _file.Open();
        var receipt = await crashed.ReceivedAsync(new ChatMessage("slack", "U1", "C1", "/docker_image_create name=x"), "/docker_image_create", default);
        crashed.Dispose();

        var restarted = _file.Open();
        var interrupted = await restarted.ListAsync(default);

        var command = Assert.Single(interrupted);
        Assert.Equal((receipt.Id, "slack", "U1", "C1", "/docker_image_create", "/docker_image_create name=x"),
            (command.Id, command.Platform, command.User, command.Channel, command.Verb, command.Text));
        var completion = (await _file.RowsAsync()).Single(row => row.Kind == AuditRow.Completed);
        Assert.Equal((receipt.Id, SqliteAuditLog.Interrupted), (completion.CommandId, completion.Outcome));
        Assert.Empty(await _file.Open().ListAsync(default));
        Assert.True((await _file.Chain().VerifyAsync(default)).IsValid);
    }

    [Fact]
    public async Task The_user_of_an_interrupted_command_is_told_once_at_their_next_command_and_creates_are_left_to_the_build_journal()
    {
        var crashed = _file.Open();
        await crashed.ReceivedAsync(new ChatMessage("slack", "U1", "C1", "/content_update_images"), "/content_update_images", default);
        await crashed.ReceivedAsync(new ChatMessage("slack", "U1", "C1", "/docker_image_create name=x"), "/docker_image_create", default);
        crashed.Dispose();
        var kept = new ChatOps.Delivery.SqliteKeptResults(_file.Database(), TimeProvider.System);

        Assert.Equal(2, (await _file.Open(kept).ListAsync(default)).Count);
        await _file.Open(kept).ListAsync(default);

        var notice = Assert.Single(await kept.TakeAsync("slack", "U1", "C1", default));
        Assert.Equal("/content_update_images", notice.Line);
        Assert.StartsWith("/content_update_images did not finish: the bot stopped while it ran", Assert.IsType<ChatOps.Replies.ErrorReply>(Assert.Single(notice.Replies)).Message);
        Assert.Empty(await kept.TakeAsync("slack", "U1", "C1", default));
    }

    [Fact]
    public async Task A_command_still_running_in_another_live_process_is_not_marked_interrupted()
    {
        var running = _file.Open();
        await running.ReceivedAsync(new ChatMessage("discord", "42", "9012", "!Print value=x"), "!Print", default);

        var beside = _file.Open();

        Assert.Empty(await beside.ListAsync(default));
        Assert.DoesNotContain(await _file.RowsAsync(), row => row.Kind == AuditRow.Completed);
    }

    [Fact]
    public async Task Several_writers_on_one_file_at_once_keep_one_valid_chain_with_every_row()
    {
        var logs = Enumerable.Range(0, 4).Select(_ => _file.Open()).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var audit = logs[i % logs.Length];
            var receipt = await audit.ReceivedAsync(new ChatMessage("console", "u" + i, "room", "help"), "help", default);
            await audit.CompletedAsync(receipt, "ok", default);
        })));

        var verification = await _file.Chain().VerifyAsync(default);
        Assert.True(verification.IsValid, verification.Problem);
        Assert.Equal(80, verification.RowsChecked);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), (await _file.RowsAsync()).Select(row => row.Id));
    }
}
