namespace ChatOps.ContentUpdates;

/// <summary>Section "ContentUpdates": the recurring job that keeps dockerimage tags in the content folder current.</summary>
internal sealed class ContentUpdatesOptions
{
    public const string Section = "ContentUpdates";

    /// <summary>Whether `chatops serve` runs the recurring update job. Default false: the CLI verb and the chat command work either way.</summary>
    public bool Enabled { get; set; }

    /// <summary>Time between two runs of the job (the first runs when serve starts). Default 1 day.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Author and committer name of update commits; empty uses git's own configuration (user.name).</summary>
    public string GitAuthorName { get; set; } = "";

    /// <summary>Author and committer e-mail of update commits; empty uses git's own configuration (user.email).</summary>
    public string GitAuthorEmail { get; set; } = "";

    /// <summary>Prefix of the branch made for each image: &lt;prefix&gt;&lt;image with / as -&gt;-&lt;tag&gt;. Default "auto-update/".</summary>
    public string BranchPrefix { get; set; } = "auto-update/";

    /// <summary>The git executable. Default "git" from PATH.</summary>
    public string GitPath { get; set; } = "git";

    /// <summary>Timeout of one registry request (tags list page). Default 30 s.</summary>
    public TimeSpan RegistryTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
