using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// Reads an interaction object. Only shape is checked here (ids, token, type); what the options mean is the
/// translator's business. The user is member.user in a guild and user in a DM; its roles are member.roles.
/// </summary>
internal static class InteractionReader
{
    public static bool TryRead(JsonElement root, [NotNullWhen(true)] out Interaction? interaction, [NotNullWhen(false)] out string? error)
    {
        interaction = null;
        if (root.ValueKind != JsonValueKind.Object) return Fail("the interaction is not a JSON object", out error);
        if (!TryInt(root, "type", out var type)) return Fail("the interaction has no numeric type", out error);

        var id = String(root, "id");
        var applicationId = String(root, "application_id");
        var token = String(root, "token");
        if (id is null || token is null) return Fail("the interaction has no id or token", out error);

        var user = root.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object && member.TryGetProperty("user", out var memberUser)
            ? memberUser
            : root.TryGetProperty("user", out var dmUser) ? dmUser : default;
        var userId = user.ValueKind == JsonValueKind.Object ? String(user, "id") : null;
        var channelId = String(root, "channel_id")
            ?? (root.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object ? String(channel, "id") : null);

        string? name = null, customId = null;
        int? componentType = null;
        var options = new List<InteractionOption>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            name = String(data, "name");
            customId = String(data, "custom_id");
            componentType = TryInt(data, "component_type", out var kind) ? kind : null;
            if (data.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
                foreach (var option in list.EnumerateArray())
                    if (TryOption(option, out var read)) options.Add(read);
                    else return Fail("an option of the interaction is malformed", out error);
        }

        long? attachmentLimit = root.TryGetProperty("attachment_size_limit", out var limit) && limit.ValueKind == JsonValueKind.Number
                                && limit.TryGetInt64(out var bytes) && bytes > 0 ? bytes : null;
        interaction = new Interaction(id, applicationId ?? "", type, token, userId ?? "unknown", channelId ?? "unknown", name, options, attachmentLimit, RolesOf(member),
            customId, componentType);
        error = null;
        return true;
    }

    /// <summary>Role ids as Discord writes them (snowflake strings); null when there are none, so a DM's message equals one without roles.</summary>
    private static IReadOnlyList<string>? RolesOf(JsonElement member)
    {
        if (member.ValueKind != JsonValueKind.Object || !member.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array) return null;
        var ids = roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList();
        return ids.Count > 0 ? ids : null;
    }

    private static bool TryOption(JsonElement option, [NotNullWhen(true)] out InteractionOption? read)
    {
        read = null;
        if (option.ValueKind != JsonValueKind.Object || String(option, "name") is not { } name || !TryInt(option, "type", out var type)) return false;
        option.TryGetProperty("value", out var value);
        read = new InteractionOption(
            name,
            type,
            value.ValueKind == JsonValueKind.String ? value.GetString() : null,
            value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null);
        return true;
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryInt(JsonElement element, string property, out int number)
    {
        number = 0;
        return element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out number);
    }

    private static bool Fail(string reason, out string error)
    {
        error = reason;
        return false;
    }
}
