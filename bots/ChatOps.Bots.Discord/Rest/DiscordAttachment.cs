using System.Text.Json.Serialization;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>A file sent with a message: Id is n of its multipart part files[n], Filename the name Discord shows.</summary>
internal sealed record DiscordAttachment(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("filename")] string Filename);
