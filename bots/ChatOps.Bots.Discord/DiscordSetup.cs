using ChatOps.Bots.Discord.Signatures;
using ChatOps.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord;

/// <summary>How the Discord adapter is set up, in words, for `chatops serve`'s start: a missing key is said now, not at the first interaction.</summary>
public static class DiscordSetup
{
    public static IReadOnlyList<StartupNote> Describe(IServiceProvider services)
    {
        var discord = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        var http = services.GetRequiredService<InteractionSignatureVerifier>().IsConfigured;
        if (!http && !discord.GatewayWanted)
            return [StartupNote.Warning("Discord: not configured: Discord:PublicKey is empty or not a 64-character hex key and there is no Discord:BotToken, " +
                $"so every request to POST {DiscordEndpointRouteBuilderExtensions.InteractionsPath} is refused. Set Discord__PublicKey and Discord__ApplicationId.")];

        List<StartupNote> notes =
        [
            http
                ? StartupNote.Info($"Discord: interactions over HTTP at POST {DiscordEndpointRouteBuilderExtensions.InteractionsPath} (public key set)")
                : StartupNote.Warning($"Discord: Discord:PublicKey is empty or not a 64-character hex key: every request to POST {DiscordEndpointRouteBuilderExtensions.InteractionsPath} is refused (gateway only)."),
            discord.GatewayWanted
                ? StartupNote.Info("Discord: gateway (bot token set)")
                : StartupNote.Info(string.IsNullOrWhiteSpace(discord.BotToken) ? "Discord: gateway off (no Discord:BotToken)" : "Discord: gateway off (Discord:GatewayEnabled is false)"),
        ];
        if (string.IsNullOrWhiteSpace(discord.ApplicationId))
            notes.Add(StartupNote.Warning("Discord: Discord:ApplicationId is empty: follow-up messages (results after the first 3 s) cannot be sent."));
        return notes;
    }
}
