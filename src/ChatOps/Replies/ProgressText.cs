using System.Globalization;

namespace ChatOps.Replies;

/// <summary>
/// The words of a progress reply after its activity, the same on every platform: "installing OS packages: Unpacking
/// wget (1.21) · 12 s". Each adapter escapes it for its own markup; the activity and any step count stay theirs.
/// </summary>
public static class ProgressText
{
    public static string Of(ProgressReply progress)
    {
        var text = progress.Stage is null || progress.Stage == progress.Message ? progress.Message : $"{progress.Stage}: {progress.Message}";
        return progress.Elapsed is { } elapsed ? $"{text} · {Duration(elapsed)}" : text;
    }

    /// <summary>"4 s", "2 min 05 s": whole seconds, as a person glancing at a build wants them.</summary>
    public static string Duration(TimeSpan elapsed)
    {
        var seconds = (long)Math.Max(0, elapsed.TotalSeconds);
        return seconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min {seconds % 60:00} s");
    }
}
