namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>An answer the fake Discord gives to the next REST call instead of its default 200; Status 0 drops the connection instead.</summary>
internal sealed record ScriptedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>The request is read, then the connection is dropped without an answer ("The response ended prematurely").</summary>
    public static ScriptedResponse Dropped { get; } = new(0, "");

    /// <summary>A 429 as Discord documents it: retry_after in the body (seconds, with fractions) and the Retry-After header.</summary>
    public static ScriptedResponse RateLimited(double retryAfterSeconds) => new(429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":false}""",
        new Dictionary<string, string> { ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
