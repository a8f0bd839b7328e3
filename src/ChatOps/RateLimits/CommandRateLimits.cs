using System.Globalization;
using System.Threading.RateLimiting;
using ChatOps.Access;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using Microsoft.Extensions.Options;

namespace ChatOps.RateLimits;

/// <summary>
/// One fixed window per user and kind of command (System.Threading.RateLimiting's partitioned limiter). The
/// refusal says when to try again from the limiter's RetryAfter, which for a fixed window is the end of the
/// window at the latest: an upper bound, never too early. A user is its principal ("slack:U0123"): the same person
/// on two platforms is two users, as everywhere else in the war room.
/// </summary>
internal sealed class CommandRateLimits : ICommandRateLimits, IDisposable
{
    private readonly RateLimitsOptions _options;
    private readonly TimeProvider _clock;
    private readonly PartitionedRateLimiter<(string Kind, string User)> _limiter;

    public CommandRateLimits(IOptions<RateLimitsOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _limiter = PartitionedRateLimiter.Create<(string Kind, string User), (string, string)>(key =>
        {
            var window = WindowOf(key.Kind)!;
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = window.PermitLimit,
                Window = window.Window,
                QueueLimit = 0,
            });
        });
    }

    public ErrorReply? Refuse(ChatMessage message, ChatCommand command)
    {
        var kind = KindOf(command);
        if (kind is null || WindowOf(kind) is not { IsLimited: true } window) return null;

        var user = Principals.Of(message, "").User;
        using var lease = _limiter.AttemptAcquire((kind, user));
        if (lease.IsAcquired) return null;

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window.Window;
        var at = _clock.GetUtcNow() + retryAfter;
        return new ErrorReply(
            $"{user} may run {command.Verb} at most {window.PermitLimit} times in {Describe(window.Window)}: " +
            $"try again in {Describe(retryAfter)} (by {at.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC).");
    }

    public void Dispose() => _limiter.Dispose();

    private static string? KindOf(ChatCommand command) => command switch
    {
        CreateImageCommand => nameof(RateLimitsOptions.Create),
        RunScriptCommand => nameof(RateLimitsOptions.Run),
        _ => null,
    };

    private RateLimitWindow? WindowOf(string kind) => kind switch
    {
        nameof(RateLimitsOptions.Create) => _options.Create,
        nameof(RateLimitsOptions.Run) => _options.Run,
        _ => null,
    };

    /// <summary>"45 s", "3 min 5 s", "2 h": rounded up to the second, so "try again in" is never too early.</summary>
    private static string Describe(TimeSpan span)
    {
        var seconds = (long)Math.Ceiling(Math.Max(span.TotalSeconds, 1));
        var parts = new List<string>();
        if (seconds >= 3600) parts.Add($"{seconds / 3600} h");
        if (seconds % 3600 >= 60) parts.Add($"{seconds % 3600 / 60} min");
        if (seconds % 60 > 0) parts.Add($"{seconds % 60} s");
        return string.Join(" ", parts);
    }
}
