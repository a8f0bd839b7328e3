using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Bots.Slack;

/// <summary>Slack's JSON shape: snake_case names, absent rather than null members.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
