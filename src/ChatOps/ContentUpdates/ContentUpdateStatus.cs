namespace ChatOps.ContentUpdates;

/// <summary>What the updater did, or would do, with one image value.</summary>
internal enum ContentUpdateStatus
{
    /// <summary>The tag was changed (in place, or on the image's branch).</summary>
    Changed,
    /// <summary>Dry run: the tag would be changed.</summary>
    WouldChange,
    /// <summary>The tag is already the newest version.</summary>
    Current,
    /// <summary>The item says autoUpdateDockerImage: false.</summary>
    OptedOut,
    /// <summary>The image's organisation is not one of Images:AllowedOrgs: reported, never touched.</summary>
    OutsideAllowedOrgs,
    /// <summary>The branch for this update exists already (an earlier run proposed it and it is not merged yet).</summary>
    AlreadyProposed,
    /// <summary>The value could not be checked or changed; the detail says why.</summary>
    Failed,
}
