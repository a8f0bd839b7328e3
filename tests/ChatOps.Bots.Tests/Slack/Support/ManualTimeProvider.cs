namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>A clock the test sets by hand; only "now" is faked (timers are not needed by the code it is given to).</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
