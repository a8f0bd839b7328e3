namespace ChatOps.Access;

/// <summary>One grant: To (a principal or a channel) gets Roles, in Channels only when any are listed.</summary>
public sealed class AccessGrant
{
    /// <summary>A user ("slack:U0123"), a group or role ("discord:role:5678"), "console:*", or a channel ("slack:C0123"), which grants everyone in it.</summary>
    public string To { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>Channels ("discord:9012") the grant holds in; empty for everywhere.</summary>
    public List<string> Channels { get; set; } = [];
}
