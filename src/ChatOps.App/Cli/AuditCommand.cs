using System.Text.Json;
using ChatOps.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.App.Cli;

/// <summary>
/// `chatops audit verify`: checks the audit chain, exit 0 when every row matches, 1 naming the first that does not.
/// `chatops audit export`: every row as one JSON line on stdout, hashes included, so a copy kept elsewhere can be
/// verified later and shows rows cut off the end of the file.
/// </summary>
internal static class AuditCommand
{
    public const string Usage = "usage: chatops audit verify | export";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var chain = services.GetRequiredService<AuditChain>();
        switch (args)
        {
            case ["verify"]:
                var verification = await chain.VerifyAsync(cancellationToken);
                if (verification.IsValid)
                {
                    await output.WriteLineAsync($"audit chain ok: {verification.RowsChecked} rows");
                    return ExitCodes.Success;
                }
                await output.WriteLineAsync($"audit chain broken at row {verification.FirstBadId}: {verification.Problem}");
                return ExitCodes.CommandFailed;
            case ["export"]:
                await foreach (var row in chain.ReadAsync(cancellationToken))
                    await output.WriteLineAsync(JsonSerializer.Serialize(row, Json));
                return ExitCodes.Success;
            default:
                await errors.WriteLineAsync(args.Count == 0 ? "chatops audit: no subcommand given." : $"chatops audit: unknown subcommand '{string.Join(' ', args)}'.");
                await errors.WriteLineAsync(Usage);
                return ExitCodes.Usage;
        }
    }
}
