namespace ChatOps.Bots.Slack;

/// <summary>Section "Slack": secrets, where Slack lives, and the timing rules the adapter keeps.</summary>
internal sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>The host Slack's response_url points to when ResponseUrlHosts is left empty.</summary>
    public const string DefaultResponseUrlHost = "hooks.slack.com";

    /// <summary>Signing secret (Basic Information page). Empty = every HTTP request is refused (fail closed).</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>Bot token (xoxb-). When set, follow-ups go through chat.postMessage / chat.update instead of response_url.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>App-level token (xapp-, scope connections:write). When set, Socket Mode runs.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>Web API base, ending in a slash. Configuration so tests can point it at a fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>
    /// Host names a response_url may point to. Empty means hooks.slack.com only. (Binding appends to an array
    /// default, so the default lives in ResponseUrlPolicy instead of here.)
    /// </summary>
    public string[] ResponseUrlHosts { get; set; } = [];

    /// <summary>Largest request body accepted on /slack/commands. Default 64 KiB; Slack's forms are a few hundred bytes.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How far X-Slack-Request-Timestamp may be from now. Default 5 minutes, as Slack documents.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a command may run before the HTTP answer becomes an acknowledgement and the result follows later.
    /// Default 2 s: well inside Slack's 3 s, leaving room for the network.
    /// </summary>
    public TimeSpan InlineBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The HTTP answer goes out by then whatever happens (e.g. the worker is busy). Default 2.5 s.</summary>
    public TimeSpan AckDeadline { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Least time between two progress edits of one command. Default 2 s (chat.update is about 1 per second per channel).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Uses Slack allows per response_url. Default 5.</summary>
    public int ResponseUrlMaxUses { get; set; } = 5;

    /// <summary>How long a response_url lives. Default 30 minutes.</summary>
    public TimeSpan ResponseUrlLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Socket Mode runs when this is true and AppToken is set. Default true.</summary>
    public bool SocketModeEnabled { get; set; } = true;

    /// <summary>Socket Mode is switched on and has its app token.</summary>
    public bool SocketModeWanted => SocketModeEnabled && !string.IsNullOrEmpty(AppToken);

    /// <summary>First reconnect delay of Socket Mode; doubles per failure up to ReconnectMaxDelay, with jitter. Default 1 s.</summary>
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect delay. Default 60 s.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>WebSocket keep-alive ping interval; a missing pong within KeepAliveTimeout drops the socket (silent stalls). Default 30 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default 15 s.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long the user groups read from usergroups.list are trusted before they are read again. Default 1 minute:
    /// short, so a user removed from a group loses what the group granted soon after.
    /// </summary>
    public TimeSpan UserGroupsCacheTtl { get; set; } = TimeSpan.FromMinutes(1);

}
