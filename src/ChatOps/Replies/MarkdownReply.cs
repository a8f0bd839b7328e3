namespace ChatOps.Replies;

/// <summary>
/// Text written in markdown by a script (an entry's HumanReadable), kept as markdown so each adapter can show
/// its headings, bold, links and lists in its own syntax (see <see cref="Markdown.MarkdownDocument"/>).
/// A TextReply stays plain text that adapters escape; this kind is the only one whose markup is meant.
/// </summary>
public sealed record MarkdownReply(string Markdown) : Reply;
