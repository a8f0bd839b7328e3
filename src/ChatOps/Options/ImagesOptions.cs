namespace ChatOps.Options;

/// <summary>Section "Images": which images the war room builds on, accepts and lists.</summary>
public sealed class ImagesOptions
{
    public const string Section = "Images";

    /// <summary>Base image used when a create names none. Default demisto/python3-deb:3.11.2.1.</summary>
    public string DefaultBase { get; set; } = "demisto/python3-deb:3.11.2.1";

    /// <summary>The organisation allowed when configuration names none.</summary>
    public const string DefaultAllowedOrg = "demisto";

    /// <summary>
    /// Organisations whose images are accepted and listed. Default: demisto only, as the seeds require.
    /// Starts empty on purpose: the configuration binder appends to a list it finds, so a non-empty default could
    /// never be replaced by configuration; the default is filled in after binding (see AddWarRoom).
    /// </summary>
    public List<string> AllowedOrgs { get; set; } = [];

    /// <summary>The org new images are created under. Default demisto.</summary>
    public string Org { get; set; } = "demisto";

    /// <summary>Version part of new tags: &lt;Version&gt;.&lt;build number&gt;. Default 1.0.0.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>PEP 503 index pip installs from. Default PyPI.</summary>
    public string IndexUrl { get; set; } = "https://pypi.org/simple";

    /// <summary>Registry (host:port) to push new images to and pull updates from; empty for none.</summary>
    public string Registry { get; set; } = "";

    /// <summary>How many builds run at once; the rest wait in a queue. Default 2.</summary>
    public int MaxConcurrentBuilds { get; set; } = 2;

    /// <summary>Labels added to every image and check container the bot creates (e.g. a team or a test run id). Default none.</summary>
    public Dictionary<string, string> Labels { get; set; } = [];

    /// <summary>Repository prefix of the private staging tag a build gets before it is verified. Default chatops-staging.</summary>
    public string StagingRepository { get; set; } = "chatops-staging";

    /// <summary>
    /// How long a staging tag or a stopped build, check or vetting container must have been there before the
    /// leftover sweep removes it: long enough that another bot on the same engine is surely done with it. Default 15 minutes.
    /// </summary>
    public TimeSpan LeftoverAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the leftover sweep runs after the one at start. Default 10 minutes.</summary>
    public TimeSpan LeftoverSweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many times a build that a stop of the bot interrupted (kill -9, a crash) is started again at the next start
    /// before it is failed instead; its requester is told either way. Default 1: a build that takes the bot down with
    /// it twice is not tried a third time.
    /// </summary>
    public int InterruptedBuildRetries { get; set; } = 1;

    /// <summary>How long a check container (for an image whose build did not answer the check) may run. Default 2 minutes.</summary>
    public TimeSpan VerifyTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timeout of one registry API call (tags list). Default 15 s.</summary>
    public TimeSpan RegistryTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many of a build's last log lines are kept for /docker_image_info. Default 20.</summary>
    public int BuildLogTailLines { get; set; } = 20;

    /// <summary>
    /// Retention: the newest N version tags of each image name the bot built are kept, older ones are pruned by
    /// the scheduled job and /docker_image_prune (never a tag content names or a container uses). 0 keeps every
    /// tag and turns the scheduled job off. Default 5.
    /// </summary>
    public int KeepPerName { get; set; } = 5;

    /// <summary>
    /// When true a create builds and vets as always, but its image stays under its staging tag until someone with
    /// images.approve (or an admin) other than its requester approves it (/docker_image_approve, or the buttons);
    /// a deny or the expiry removes it. Default false: a vetted create is tagged at once.
    /// </summary>
    public bool RequireApproval { get; set; }

    /// <summary>How long an approval request waits for a decision before its staged image is removed and the requester told. Default 1 day.</summary>
    public TimeSpan ApprovalExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often expired approval requests are looked for (and once at start). Default 1 minute.</summary>
    public TimeSpan ApprovalExpiryCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the scheduled prune runs (the first run is one interval after start). Default 1 day.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromDays(1);
}
