namespace ChatOps.Storage;

/// <summary>
/// What the image check answered, per (root filesystem layers, request) (table image_checks). The answer depends
/// only on the image's files and the request, and layer ids are hashes of their content, so a cached rebuild,
/// whose cached RUN step prints nothing, is answered from here instead of starting a check container, even after
/// a restart.
/// </summary>
public sealed class ImageCheckStore(Database database)
{
    private readonly KeyValueTable _answers = new(database, "image_checks");

    public Task<string?> FindAsync(string contentKey, CancellationToken cancellationToken) => _answers.FindAsync(contentKey, cancellationToken);

    public Task SaveAsync(string contentKey, string answer, CancellationToken cancellationToken) => _answers.SaveAsync(contentKey, answer, cancellationToken);
}
