using System.Text.Json;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Support;

/// <summary>Entry replies for adapter tests: an adapter only reads an entry's Display, the rest is filler.</summary>
internal static class Entries
{
    public static EntryReply Showing(params Reply[] display)
    {
        using var contents = JsonDocument.Parse("\"contents\"");
        return new EntryReply(1, "text", contents.RootElement.Clone(), null, null, null, null, display);
    }
}
