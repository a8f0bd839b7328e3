namespace ChatOps.ContentUpdates;

/// <summary>One line of the report: an image value of an item, what its tag is, the newest one, and what happened.</summary>
/// <param name="File">Path relative to the content folder, '/' separated.</param>
/// <param name="Item">commonfields.id, else name, else the file.</param>
/// <param name="Key">dockerimage, script.dockerimage, alt_dockerimages[0], ... (empty when the whole file failed).</param>
/// <param name="Image">The repository ("demisto/name"), or the value as written when it is no image name.</param>
internal sealed record ContentUpdateEntry(
    string File, string Item, string Key, string Image, string? CurrentTag, string? NewestTag, ContentUpdateStatus Status, string Detail);
