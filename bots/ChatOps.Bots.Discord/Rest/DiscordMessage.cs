using System.Text.Json.Serialization;
using ChatOps.Bots.Discord.Components;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>
/// A message body for callbacks, edits and follow-ups. Every one carries allowed_mentions {"parse":[]}.
/// Attachments describe the files sent with it as multipart parts files[id] (see DiscordRestClient).
/// </summary>
internal sealed record DiscordMessage(
    [property: JsonPropertyName("content")] string Content,
    [property: JsonPropertyName("flags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Flags = 0,
    [property: JsonPropertyName("attachments"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DiscordAttachment>? Attachments = null)
{
    /// <summary>Only the invoking user sees the message.</summary>
    public const int Ephemeral = 64;

    [JsonPropertyName("allowed_mentions")]
    public AllowedMentions AllowedMentions => AllowedMentions.None;

    /// <summary>The buttons under the message (an approval request's Approve and Deny); left out when there are none.</summary>
    [JsonPropertyName("components"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ActionRow>? Components { get; init; }

    public static DiscordMessage Private(string content) => new(content, Ephemeral);
}
