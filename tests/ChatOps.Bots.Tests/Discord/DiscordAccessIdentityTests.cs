using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bots.Discord.Interactions;
using ChatOps.Bots.Tests.Discord.Support;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>The member's roles are read for the war room, where the access policy grants by them; the adapter decides nothing.</summary>
public sealed class DiscordAccessIdentityTests
{
    /// <summary>A guild interaction whose member object carries roles, as Discord's guild member object does.</summary>
    public static string WithRoles(params string[] roles)
    {
        var body = JsonNode.Parse(InteractionJson.Command("docker_images"))!;
        body["member"]!["roles"] = new JsonArray(roles.Select(r => (JsonNode)JsonValue.Create(r)).ToArray());
        return body.ToJsonString();
    }

    [Fact]
    public void The_reader_takes_the_role_ids_from_the_member_object()
    {
        Assert.True(InteractionReader.TryRead(JsonDocument.Parse(WithRoles("5678", "41771983423143936")).RootElement, out var interaction, out var problem), problem);

        Assert.Equal(["5678", "41771983423143936"], interaction.RoleIds);
    }

    [Fact]
    public void A_member_without_roles_has_none()
    {
        Assert.True(InteractionReader.TryRead(JsonDocument.Parse(WithRoles()).RootElement, out var interaction, out var problem), problem);

        Assert.Null(interaction.RoleIds);
    }
}
