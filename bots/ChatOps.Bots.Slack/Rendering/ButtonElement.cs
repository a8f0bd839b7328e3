using System.Text.Json.Serialization;

namespace ChatOps.Bots.Slack.Rendering;

/// <summary>
/// A Block Kit button. action_id names the command (the verb without its slash, at most 255 characters), value
/// carries its one id (at most 2000); Slack sends both back in a block_actions payload when it is pressed. Style is
/// "primary" or "danger", left out for a plain button.
/// </summary>
internal sealed record ButtonElement(TextObject Text, string ActionId, string Value, string? Style)
{
    [JsonPropertyOrder(-1)]
    public string Type => "button";
}
