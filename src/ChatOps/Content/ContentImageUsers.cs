namespace ChatOps.Content;

/// <summary>
/// Which content items name an image tag in their dockerimage: what /docker_image_info lists, and what keeps a tag
/// from being deleted or pruned. Compared exactly (org/name:tag), as the runner resolves it.
/// </summary>
internal sealed class ContentImageUsers(ContentLibrary library)
{
    /// <summary>The items naming this repository:tag, as "script Name" or "integration Name", sorted.</summary>
    public IReadOnlyList<string> Of(string reference) =>
        library.Scripts.Where(s => s.DockerImage == reference).Select(s => $"script {s.Name}")
            .Concat(library.Integrations.Where(i => i.DockerImage == reference).Select(i => $"integration {i.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
