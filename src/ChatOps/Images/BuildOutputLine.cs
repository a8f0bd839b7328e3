using System.Text.RegularExpressions;

namespace ChatOps.Images;

/// <summary>
/// A line of build output as a chat user should see it: terminal escape codes (apt's and pip's colours, cursor
/// moves) removed, only the last state of a line redrawn with carriage returns, and the engine's own bookkeeping
/// ("Step 3/7 : ...", "---> Running in 8c24d76b41b2", "---> 1a2b3c", "Removing intermediate container ...",
/// "Successfully built ...") dropped: the step's name says where the build is, these say nothing to a person.
/// "---> Using cache" stays, as "Using cache".
/// </summary>
internal static partial class BuildOutputLine
{
    private const string Arrow = "---> ";
    private const string CacheArrow = Arrow + "Using cache";

    /// <summary>The line to show, or null when nothing of it is worth showing.</summary>
    public static string? Clean(string line)
    {
        var text = EscapeSequence().Replace(line, "");
        var redrawn = text.TrimEnd('\r').LastIndexOf('\r');
        if (redrawn >= 0) text = text[(redrawn + 1)..];
        text = text.Trim();
        // "---> Using cache" is the one arrow line that tells a person something: this step costs nothing.
        if (text.StartsWith(CacheArrow, StringComparison.Ordinal)) return text[Arrow.Length..];
        return text.Length == 0 || EngineNoise().IsMatch(text) ? null : text;
    }

    // CSI sequences (ESC [ ... final byte), OSC sequences (ESC ] ... BEL or ESC \) and two-character escapes.
    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex EscapeSequence();

    [GeneratedRegex(@"^(?:Step \d+/\d+ : |---> |Removing intermediate container |Successfully built |Successfully tagged |Sending build context )")]
    private static partial Regex EngineNoise();
}
