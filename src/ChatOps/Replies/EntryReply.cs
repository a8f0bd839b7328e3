using System.Text.Json;

namespace ChatOps.Replies;

/// <summary>
/// One XSOAR entry a script returned, whole, so `chatops exec --json` hands automation what the script said
/// (EntryType is the entry's Type: 1 note, 3 file, 4 error, 7 image, 9 entryInfoFile, 11 warning).
/// Display is how the war room shows it; every adapter renders an entry by rendering its Display replies, and
/// an error entry's ErrorReply in Display fails the command like any other (see <see cref="ReplyDisplay"/>).
/// </summary>
/// <param name="File">The file name of a file entry, FileId where the script stored it; null for other entries.</param>
public sealed record EntryReply(
    int EntryType,
    string ContentsFormat,
    JsonElement Contents,
    string? HumanReadable,
    JsonElement? EntryContext,
    string? File,
    string? FileId,
    IReadOnlyList<Reply> Display) : Reply;
