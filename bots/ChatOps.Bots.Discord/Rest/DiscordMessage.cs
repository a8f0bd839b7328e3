using System.Text.Json.Serialization;

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

    public static DiscordMessage Private(string content) => new(content, Ephemeral);
}
