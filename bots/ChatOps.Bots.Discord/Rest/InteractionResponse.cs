using System.Text.Json.Serialization;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>The initial response to an interaction: the HTTP body, or the body of POST /interactions/{id}/{token}/callback.</summary>
internal sealed record InteractionResponse(
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DiscordMessage? Data = null)
{
    public const int PongType = 1;
    public const int ChannelMessageType = 4;
    public const int DeferredChannelMessageType = 5;

    public static InteractionResponse Pong { get; } = new(PongType);

    /// <summary>"The bot is thinking": the answer comes later by editing the original response.</summary>
    public static InteractionResponse Deferred { get; } = new(DeferredChannelMessageType);

    public static InteractionResponse Message(DiscordMessage message) => new(ChannelMessageType, message);

    [JsonIgnore]
    public bool IsDeferred => Type == DeferredChannelMessageType;
}
