namespace ChatOps.ContentUpdates;

/// <summary>A script or integration (one YAML document) and the image values it names.</summary>
/// <param name="Name">commonfields.id, else name, else the file's path.</param>
/// <param name="AutoUpdate">False when the item says autoUpdateDockerImage: false (top level or under script:).</param>
internal sealed record ContentItem(string RelativePath, string Name, bool AutoUpdate, IReadOnlyList<ImageSlot> Slots);
