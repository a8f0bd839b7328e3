using System.Text.Json.Serialization;

namespace ChatOps.Replies;

/// <summary>One labelled value on a card.</summary>
public sealed record CardField(string Label, string Value)
{
    /// <summary>The raw value for automation (bytes as a number, a TimeSpan, a list); null when Value is its own.</summary>
    [JsonIgnore]
    public object? Raw { get; init; }
}
