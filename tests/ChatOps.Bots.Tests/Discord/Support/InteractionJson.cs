using System.Text.Json;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>Interaction bodies shaped like Discord's (guild: member.user; DM: user).</summary>
internal static class InteractionJson
{
    public const string UserId = "80351110224678912";
    public const string ChannelId = "41771983423143937";

    public static string Ping() => """{"type":1,"id":"1","application_id":"112233445566778899","token":"ping-token","version":1}""";

    /// <summary>An APPLICATION_COMMAND; options as (name, value) with string values as STRING and bools as BOOLEAN.</summary>
    public static string Command(string name, params (string Name, object Value)[] options) => CommandWithToken(name, "token-" + Guid.NewGuid().ToString("N"), options);

    public static string CommandWithToken(string name, string token, params (string Name, object Value)[] options) =>
        JsonSerializer.Serialize(CommandObject(name, token, options));

    public static object CommandObject(string name, string token, params (string Name, object Value)[] options) => new
    {
        type = 2,
        id = "99" + Random.Shared.Next(100000, 999999),
        application_id = FakeDiscord.ApplicationId,
        token,
        channel_id = ChannelId,
        guild_id = "41771983423143936",
        member = new { user = new { id = UserId, username = "tester" } },
        data = new
        {
            id = "7",
            name,
            type = 1,
            options = options.Select(o => new { name = o.Name, type = o.Value is bool ? 5 : 3, value = o.Value }).ToArray(),
        },
    };

    /// <summary>A MESSAGE_COMPONENT interaction (type 3): a button of one of the bot's messages pressed, its custom_id sent back.</summary>
    public static string Button(string customId, string userId = UserId, int componentType = 2) => JsonSerializer.Serialize(new
    {
        type = 3,
        id = "98" + Random.Shared.Next(100000, 999999),
        application_id = FakeDiscord.ApplicationId,
        token = "token-" + Guid.NewGuid().ToString("N"),
        channel_id = ChannelId,
        guild_id = "41771983423143936",
        member = new { user = new { id = userId, username = "approver" }, roles = Array.Empty<string>() },
        message = new { id = "1180000000000000000", channel_id = ChannelId, content = "Approval request 12" },
        data = new { custom_id = customId, component_type = componentType },
    });
}
