using System.Globalization;

namespace ChatOps.Replies;

/// <summary>Counts in replies read as English: "1 image", "11 images", never "image(s)".</summary>
public static class Plural
{
    /// <param name="plural">The plural when it is not <paramref name="singular"/> + "s".</param>
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
