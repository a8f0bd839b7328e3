using System.Security.Cryptography;
using System.Text;
using ChatOps.Bots.Discord.Commands;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Registration;

/// <summary>
/// One bulk-overwrite PUT of all command definitions, only when their JSON changed since the last successful
/// registration for the same application and scope: registering at every start is what gets bots 429s and
/// Cloudflare bans. The hash lives in the storage folder, written only after Discord accepted the PUT.
/// </summary>
internal sealed class DiscordCommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> discord, IOptions<StorageOptions> storage)
    : IDiscordCommandRegistrar
{
    public async Task<DiscordRegistrationResult> RegisterAsync(string? guildId, bool force, CancellationToken cancellationToken)
    {
        var applicationId = discord.Value.ApplicationId.Trim();
        if (!IsSnowflake(applicationId))
            throw new InvalidOperationException("Discord:ApplicationId must be the application's numeric id (Developer Portal > General Information).");
        if (guildId is not null && !IsSnowflake(guildId))
            throw new ArgumentException($"'{guildId}' is not a guild id: right-click the server with Developer Mode on > Copy Server ID (digits only).", nameof(guildId));
        if (string.IsNullOrWhiteSpace(discord.Value.BotToken))
            throw new InvalidOperationException("Discord:BotToken is not set (Developer Portal > Bot > Reset Token); registration needs it.");

        var json = SlashCommandCatalog.ToRegistrationJson();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var scope = guildId is null ? "global" : "guild " + guildId;
        var stateFile = Path.Combine(Path.GetFullPath(storage.Value.Folder), $"discord-commands-{applicationId}-{guildId ?? "global"}.sha256");
        var count = SlashCommandCatalog.All.Count;

        if (!force && File.Exists(stateFile) && (await File.ReadAllTextAsync(stateFile, cancellationToken)).Trim() == hash)
            return new DiscordRegistrationResult(false, scope, count, hash);

        await rest.BulkOverwriteCommandsAsync(guildId, json, cancellationToken);

        Directory.CreateDirectory(Path.GetDirectoryName(stateFile)!);
        var temporary = stateFile + ".tmp";
        await File.WriteAllTextAsync(temporary, hash + "\n", cancellationToken);
        File.Move(temporary, stateFile, overwrite: true);
        return new DiscordRegistrationResult(true, scope, count, hash);
    }

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
