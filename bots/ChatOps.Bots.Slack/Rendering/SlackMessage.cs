using System.Text.Json.Serialization;

namespace ChatOps.Bots.Slack.Rendering;

/// <summary>
/// A message as Slack takes it in a slash-command answer, a response_url post, chat.postMessage or chat.update.
/// Text is the notification fallback; null members are left out of the JSON.
/// </summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks, string? ResponseType = null, bool? ReplaceOriginal = null)
{
    public const string InChannel = "in_channel";
    public const string Ephemeral = "ephemeral";

    [JsonIgnore]
    public bool IsEphemeral => ResponseType == Ephemeral;
}
