using System.Text.Json.Serialization;

namespace ChatOps.Bots.Discord.Components;

/// <summary>A message component of type 1 (action row): up to five buttons side by side.</summary>
internal sealed record ActionRow([property: JsonPropertyName("components")] IReadOnlyList<ButtonComponent> Components)
{
    public const int MaxButtons = 5;

    [JsonPropertyName("type"), JsonPropertyOrder(-1)]
    public int Type => 1;
}
