using ChatOps.Replies;

namespace ChatOps.Tests.Execution.Support;

/// <summary>Reading replies in assertions.</summary>
internal static class Texts
{
    public static string All(IEnumerable<Reply> replies) => string.Join("\n", replies.Select(Of));

    public static string Of(Reply reply) => reply switch
    {
        TextReply t => t.Text,
        CodeBlockReply c => c.Code,
        ErrorReply e => e.Message + "\n" + e.Detail,
        TableReply t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r))),
        ProgressReply p => p.Message,
        MarkdownReply m => m.Markdown,
        EntryReply e => string.Join("\n", e.Display.Select(Of)),
        _ => reply.ToString()!,
    };
}
