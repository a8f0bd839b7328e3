namespace ChatOps.Bots.Discord.Gateway;

/// <summary>How one gateway connection ended, which decides what the next one does.</summary>
internal enum GatewayOutcome
{
    /// <summary>Connect again (to resume_gateway_url when there is a session) and RESUME.</summary>
    Resume,

    /// <summary>The session is gone: connect again and IDENTIFY.</summary>
    Reidentify,

    /// <summary>A close code that a reconnect cannot fix (bad token, bad intents...): stop.</summary>
    Fatal,
}
