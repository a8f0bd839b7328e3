using System.Globalization;
using System.Text.Json.Serialization;

namespace ChatOps.Replies;

/// <summary>
/// A file a script returned (an XSOAR file entry), already kept by the bot on the server: each adapter delivers
/// it its own way (attached in Slack and Discord, named with its path in the console).
/// </summary>
/// <param name="Name">The script's name for the file, to show. It is the script's words, never a path to use.</param>
/// <param name="Path">Where the bot keeps the file on the server.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="ContentType">A media type guessed from the name's extension, or null when there is no good guess.</param>
public sealed record FileReply(string Name, string Path, long Size, string? ContentType) : Reply
{
    /// <summary>
    /// The name to upload the file under: the kept file's own name, which the store made from the script's name
    /// with its path parts removed and only letters, digits, '.', '-' and '_' left.
    /// </summary>
    [JsonIgnore]
    public string SafeName => System.IO.Path.GetFileName(Path);

    /// <summary>The size for people, in binary units as chat platforms state their limits (e.g. "8 MiB").</summary>
    [JsonIgnore]
    public string SizeText => FormatSize(Size);

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };
}
