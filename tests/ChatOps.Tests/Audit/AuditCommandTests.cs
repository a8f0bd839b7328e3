using System.Text.Json;
using ChatOps.App.Cli;
using ChatOps.Audit;
using ChatOps.Tests.Audit.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Audit;

/// <summary>`chatops audit verify | export` over a real audit file.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly AuditFile _file = new();

    public void Dispose() => _file.Dispose();

    private async Task<(int Status, string Output, string Errors)> RunAsync(params string[] args)
    {
        await using var services = new ServiceCollection().AddSingleton(_file.Chain()).BuildServiceProvider();
        var (output, errors) = (new StringWriter(), new StringWriter());
        var status = await AuditCommand.RunAsync(services, args, output, errors, CancellationToken.None);
        return (status, output.ToString(), errors.ToString());
    }

    private async Task WriteOneCommandAsync()
    {
        var audit = _file.Open();
        var receipt = await audit.ReceivedAsync(new ChatMessage("slack", "U1", "C1", "/docker_images"), "/docker_images", default);
        await audit.CompletedAsync(receipt, "ok", default);
    }

    [Fact]
    public async Task Verify_of_an_untouched_chain_exits_0_and_counts_its_rows()
    {
        await WriteOneCommandAsync();

        var (status, output, _) = await RunAsync("verify");

        Assert.Equal((0, "audit chain ok: 2 rows"), (status, output.Trim()));
    }

    [Fact]
    public async Task Verify_of_a_tampered_chain_exits_1_naming_the_row()
    {
        await WriteOneCommandAsync();
        await _file.ExecuteAsync("UPDATE audit_log SET text = 'help' WHERE id = 1;");

        var (status, output, _) = await RunAsync("verify");

        Assert.Equal(1, status);
        Assert.StartsWith("audit chain broken at row 1: ", output);
    }

    [Fact]
    public async Task Export_writes_one_json_line_per_row_with_its_hashes()
    {
        await WriteOneCommandAsync();

        var (status, output, _) = await RunAsync("export");

        Assert.Equal(0, status);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(("received", "U1", AuditRowHash.Genesis), (lines[0].GetProperty("kind").GetString(), lines[0].GetProperty("user").GetString(), lines[0].GetProperty("previousHash").GetString()));
        Assert.Equal(lines[0].GetProperty("hash").GetString(), lines[1].GetProperty("previousHash").GetString());
        Assert.Equal("ok", lines[1].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_unknown_subcommand_exits_2_with_the_usage()
    {
        var (status, _, errors) = await RunAsync("delete");

        Assert.Equal(2, status);
        Assert.Contains(AuditCommand.Usage, errors);
    }
}
