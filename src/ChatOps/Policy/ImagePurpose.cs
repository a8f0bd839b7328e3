namespace ChatOps.Policy;

/// <summary>What an image is wanted for; it only changes the wording of a refusal.</summary>
public enum ImagePurpose
{
    /// <summary>The base a new image is built FROM.</summary>
    Base,

    /// <summary>An image /docker_image_update is asked to update.</summary>
    UpdateTarget,

    /// <summary>The dockerimage a content script runs in.</summary>
    Script,

    /// <summary>An image the bot built, that /docker_image_info, /docker_image_delete or /docker_image_diff names.</summary>
    Built,
}
