namespace ChatOps.Bots.Discord.Gateway;

/// <summary>What a close code sent by Discord means for the next connection.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Close code the bot uses itself: anything but 1000/1001 keeps the session resumable.</summary>
    public const int ResumableClose = 4000;

    public static GatewayOutcome OutcomeOf(int? code) => code switch
    {
        // 4004 authentication failed, 4010 invalid shard, 4011 sharding required, 4012 invalid API version,
        // 4013 invalid intents, 4014 disallowed intents: reconnecting would only repeat them.
        4004 or (>= 4010 and <= 4014) => GatewayOutcome.Fatal,
        // 4007 invalid seq, 4009 session timed out: the session cannot be resumed.
        4007 or 4009 => GatewayOutcome.Reidentify,
        _ => GatewayOutcome.Resume,
    };
}
