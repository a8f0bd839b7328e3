namespace ChatOps.Bots.Discord.Interactions;

/// <summary>The parts of a Discord interaction the adapter uses, read from the HTTP body or a gateway dispatch.</summary>
/// <param name="CommandName">The application command's name for type 2, else null.</param>
/// <param name="RoleIds">member.roles in a guild (role ids the access policy grants by); null in a DM or when Discord sent none.</param>
/// <param name="AttachmentSizeLimit">The largest file Discord takes in this interaction's messages (attachment_size_limit), when it says.</param>
/// <param name="CustomId">data.custom_id of a message component interaction (type 3): which button was pressed.</param>
/// <param name="ComponentType">data.component_type of a message component interaction (2 for a button).</param>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    string UserId,
    string ChannelId,
    string? CommandName,
    IReadOnlyList<InteractionOption> Options,
    long? AttachmentSizeLimit = null,
    IReadOnlyList<string>? RoleIds = null,
    string? CustomId = null,
    int? ComponentType = null);
