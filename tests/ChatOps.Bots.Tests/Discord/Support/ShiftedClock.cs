namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>The system clock moved to another "now" (e.g. the reference vector's 2023 timestamp); it keeps running, and timers are real.</summary>
internal sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeSpan _offset = now - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
