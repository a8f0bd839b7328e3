namespace ChatOps.Bots.Discord;

/// <summary>Section "Discord": the application, where Discord's API and gateway are, and how answers are paced.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The application id (a snowflake) from the Developer Portal; needed for webhooks and registration.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>The application's Ed25519 public key, hex, as the Developer Portal shows it.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The bot token; needed for `chatops discord register` and the gateway, not for the HTTP endpoint.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>REST base, default https://discord.com/api/v10/ (tests point it at a fake on 127.0.0.1).</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10/";

    /// <summary>Gateway URL with its query, default wss://gateway.discord.gg/?v=10&amp;encoding=json.</summary>
    public string GatewayUrl { get; set; } = "wss://gateway.discord.gg/?v=10&encoding=json";

    /// <summary>Connect to the gateway when a bot token is set (for bots without a public interactions URL). Default true.</summary>
    public bool GatewayEnabled { get; set; } = true;

    /// <summary>
    /// How long an interaction may wait for the war room before it is deferred (type 5). Default 2 s; must stay
    /// well under Discord's 3 s limit for the initial response, so values above 2.5 s are refused at start.
    /// </summary>
    public TimeSpan InlineBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>At most one progress edit of the original message per interval. Default 1 s (rate limits).</summary>
    public TimeSpan ProgressEditInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Long output becomes at most this many follow-up messages; the rest is truncated, and said. Default 5.</summary>
    public int MaxFollowUps { get; set; } = 5;

    /// <summary>
    /// The largest file attached to a message when the interaction does not say (its attachment_size_limit wins).
    /// Default 8 MiB, what a server without boosts always takes; a larger file is said to be kept on the server.
    /// </summary>
    public long AttachmentLimitBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Interactions running at once; beyond it a user is told to retry instead of waiting. Default 16.</summary>
    public int MaxConcurrentInteractions { get; set; } = 16;

    /// <summary>Pause before a gateway reconnect or re-IDENTIFY (doubled on repeated failures, at most 60 s). Default 2 s.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far X-Signature-Timestamp may be from now before an interaction is refused as stale (a captured request
    /// sent again later). Default 5 minutes, as for Slack; the replay guard remembers ids for as long.
    /// </summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest interaction body read; a longer one is refused with 413 as soon as it passes the limit. Default 1 MiB.</summary>
    public int MaxBodyBytes { get; set; } = 1 << 20;

    public bool GatewayWanted => GatewayEnabled && !string.IsNullOrWhiteSpace(BotToken);
}
