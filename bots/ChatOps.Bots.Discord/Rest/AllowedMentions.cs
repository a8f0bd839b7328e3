using System.Text.Json.Serialization;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>{"parse":[]}: Discord parses no @everyone, role or user mention from anything the bot posts.</summary>
internal sealed record AllowedMentions([property: JsonPropertyName("parse")] IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}
