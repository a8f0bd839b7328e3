namespace ChatOps.Access;

/// <summary>
/// Section "Access": who may do what in the war room. With no rule at all (no admin, role or grant) everyone may
/// do everything, as before this section existed; once any rule exists, whatever is not granted is denied, except
/// help.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>Principals (users, Slack user groups, Discord roles) that may do everything, e.g. "slack:U0123". Default none.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>Role name -> permissions, e.g. "builder": ["images.list", "images.create"]. Default none.</summary>
    public Dictionary<string, List<string>> Roles { get; set; } = [];

    /// <summary>
    /// Who gets which roles, and optionally only in which channels. A list and not a dictionary keyed by principal
    /// because principals contain ':', which configuration reads as a section separator.
    /// </summary>
    public List<AccessGrant> Grants { get; set; } = [];

    /// <summary>Whether the OS user running the console (and `chatops exec`) is an admin. Default true: it owns the process anyway.</summary>
    public bool LocalUserIsAdmin { get; set; } = true;

    /// <summary>Whether any rule exists; without one the war room is open to everyone.</summary>
    public bool IsConfigured => Admins.Count > 0 || Roles.Count > 0 || Grants.Count > 0;
}
