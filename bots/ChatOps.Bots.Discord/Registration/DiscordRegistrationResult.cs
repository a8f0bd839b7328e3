namespace ChatOps.Bots.Discord.Registration;

/// <summary>What a registration did, and where, in words for the terminal.</summary>
/// <param name="Changed">True when the PUT was sent; false when the definitions were already registered.</param>
public sealed record DiscordRegistrationResult(bool Changed, string Scope, int CommandCount, string Hash)
{
    public override string ToString() => Changed
        ? $"Registered {CommandCount} commands ({Scope}); definitions hash {Hash[..12]}."
        : $"The {CommandCount} commands ({Scope}) are already registered and unchanged (hash {Hash[..12]}); nothing sent. Use --force to send them anyway.";
}
