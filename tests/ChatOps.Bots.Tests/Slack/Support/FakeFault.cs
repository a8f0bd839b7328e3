namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>
/// What the fake Slack does to one call instead of answering it: drop the connection after reading the request
/// (the client sees "The response ended prematurely"), or answer an HTTP error, a 429 with its Retry-After.
/// </summary>
internal sealed record FakeFault(bool Drop, int Status, int? RetryAfterSeconds = null)
{
    public static FakeFault Dropped { get; } = new(true, 0);

    public static FakeFault ServerError(int status = 500) => new(false, status);

    public static FakeFault RateLimited(int retryAfterSeconds) => new(false, 429, retryAfterSeconds);
}
