using System.Text.Json.Serialization;

namespace ChatOps.Bots.Discord.Components;

/// <summary>
/// A message component of type 2 (button). custom_id (at most 100 characters) names the command and carries its id
/// ("docker_image_approve:12"); Discord sends it back in a component interaction (type 3) when the button is pressed.
/// Styles: 1 primary, 2 secondary, 3 success, 4 danger.
/// </summary>
internal sealed record ButtonComponent(
    [property: JsonPropertyName("style")] int Style,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("custom_id")] string CustomId)
{
    public const int MaxLabel = 80;

    [JsonPropertyName("type"), JsonPropertyOrder(-1)]
    public int Type => 2;
}
