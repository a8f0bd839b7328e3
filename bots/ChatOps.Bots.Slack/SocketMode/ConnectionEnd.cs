namespace ChatOps.Bots.Slack.SocketMode;

/// <summary>Why a Socket Mode connection stopped being the one to use.</summary>
/// <param name="Reason">Slack's disconnect reason (refresh_requested, warning, link_disabled), or "closed" / "failed".</param>
internal sealed record ConnectionEnd(string Reason, Exception? Error = null)
{
    /// <summary>Slack asks for a new connection while this one still works: open the next before closing this.</summary>
    public bool CanHandOver => Reason is "refresh_requested" or "warning";
}
