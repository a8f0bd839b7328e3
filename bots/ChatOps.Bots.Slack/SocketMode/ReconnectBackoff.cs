using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.SocketMode;

/// <summary>
/// Exponential backoff with jitter: after n failures, a delay between half and all of
/// min(ReconnectMaxDelay, ReconnectInitialDelay * 2^n), so many bots dropped at once do not return in step.
/// </summary>
internal sealed class ReconnectBackoff(IOptions<SlackOptions> options, Random random)
{
    public TimeSpan Delay(int failures)
    {
        var settings = options.Value;
        var ceiling = Math.Min(settings.ReconnectMaxDelay.TotalMilliseconds,
            settings.ReconnectInitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 30)));
        return TimeSpan.FromMilliseconds(ceiling / 2 + random.NextDouble() * ceiling / 2);
    }
}
