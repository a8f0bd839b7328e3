using System.Text.Json.Serialization;

namespace ChatOps.Replies;

/// <summary>Plain prose. Markdown-free so every platform can show it as is (markdown a script wrote is a MarkdownReply).</summary>
public sealed record TextReply(string Text) : Reply
{
    /// <summary>
    /// What the prose states, as named values for automation (`chatops exec --json`), e.g. the existing image an
    /// "already provides" answer points to; null when the text is all there is.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, object?>? Data { get; init; }
}
