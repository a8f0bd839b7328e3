namespace ChatOps.Bots.Discord.Registration;

/// <summary>`chatops discord register`: puts the bot's application commands on Discord when they changed.</summary>
public interface IDiscordCommandRegistrar
{
    /// <param name="guildId">One guild (instant, for testing) or null for global commands.</param>
    /// <param name="force">PUT even when the stored hash says nothing changed (e.g. commands deleted in the portal).</param>
    Task<DiscordRegistrationResult> RegisterAsync(string? guildId, bool force, CancellationToken cancellationToken);
}
