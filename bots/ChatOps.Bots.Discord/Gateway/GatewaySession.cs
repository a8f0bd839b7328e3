namespace ChatOps.Bots.Discord.Gateway;

/// <summary>
/// What survives a reconnect: session_id and resume_gateway_url from READY and the last sequence number.
/// The sequence is written by the receive loop and read by the heartbeat loop, hence Interlocked.
/// </summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    public bool CanResume => SessionId is not null;

    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public void Observe(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void Ready(string sessionId, string? resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl is not null && Uri.TryCreate(resumeUrl, UriKind.Absolute, out var uri) && uri.Scheme is "wss" or "ws" ? resumeUrl : null;
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }

    /// <summary>resume_gateway_url when resuming (with the configured ?v=10&amp;encoding=json), else the configured URL.</summary>
    public Uri ConnectUrl(string configured)
    {
        var gateway = new Uri(configured);
        if (!CanResume || ResumeUrl is null) return gateway;
        return new UriBuilder(ResumeUrl) { Query = gateway.Query.TrimStart('?') }.Uri;
    }
}
