using System.Globalization;

namespace ChatOps.Replies;

/// <summary>A time as replies show it: in UTC and saying so ("2026-12-01 17:57 UTC"), so no reader has to guess the zone.</summary>
public static class ShownTime
{
    public static string Of(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
