using System.Runtime.CompilerServices;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// /docker_images: the images of the allowed organisations that the engine holds, newest first, with the python
/// version the bot recorded when it built them; package=x keeps those whose recorded contents include x
/// (a Python distribution or an OS package).
/// </summary>
internal sealed class ListImagesHandler(IImageEngine engine, Database database, IOptions<ImagesOptions> options) : CommandHandler<ListImagesCommand>
{
    // Made here from the core Database (the store is stateless) so AddWarRoom alone still resolves this handler.
    private readonly ImageMetadataStore _metadata = new(database);
    private readonly ImageDiligenceStore _diligence = new(database);

    private static readonly string[] Columns = ["repository", "tag", "id", "created", "size", "python", "due diligence"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(ListImagesCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var allowedPrefixes = options.Value.AllowedOrgs.Select(org => org + "/").ToArray();
        var images = await engine.ListImagesAsync(cancellationToken);
        var recorded = (command.PackageFilter is null
                ? await _metadata.ListAsync(cancellationToken)
                : await _metadata.FindContainingAsync(command.PackageFilter, cancellationToken))
            .ToDictionary(r => r.Reference, StringComparer.Ordinal);
        var diligence = await _diligence.LoadAllAsync(cancellationToken);

        var rows = images
            .SelectMany(image => image.RepoTags.Select(repoTag => (image, repoTag)))
            .Where(x => x.repoTag != "<none>:<none>")
            .Where(x => command.PackageFilter is null || (recorded.TryGetValue(x.repoTag, out var r) && r.ImageId == x.image.Id))
            .Select(x => (x.image, x.repoTag, repository: x.repoTag[..x.repoTag.LastIndexOf(':')], tag: x.repoTag[(x.repoTag.LastIndexOf(':') + 1)..]))
            .Where(x => allowedPrefixes.Any(prefix => x.repository.StartsWith(prefix, StringComparison.Ordinal)))
            .Where(x => command.NameFilter is null || x.repository.Contains(command.NameFilter, StringComparison.Ordinal))
            .OrderBy(x => x.repository, StringComparer.Ordinal)
            .ThenByDescending(x => x.image.Created)
            .Select(x => (IReadOnlyList<string>)
            [
                x.repository,
                x.tag,
                ImageCard.ShortId(x.image.Id),
                x.image.Created.ToString("yyyy-MM-dd HH:mm"),
                ImageSizeFormatter.Format(x.image.Size),
                recorded.TryGetValue(x.repoTag, out var record) && record.ImageId == x.image.Id ? record.PythonVersion : "-",
                record is not null && record.ImageId == x.image.Id && diligence.TryGetValue(x.repoTag, out var report)
                    ? ImageDiligenceStore.Summarise(report) : "-",
            ])
            .ToList();

        if (rows.Count == 0)
        {
            var filter = (command.NameFilter is null ? "" : $" matching name={command.NameFilter}") +
                         (command.PackageFilter is null ? "" : $" containing package={command.PackageFilter}");
            yield return new TextReply($"No images of {string.Join(", ", options.Value.AllowedOrgs)}{filter} in the engine. Create one with /docker_image_create name=...");
            yield break;
        }

        var title = command.PackageFilter is null ? $"{rows.Count} image(s)" : $"{rows.Count} image(s) containing {command.PackageFilter}";
        yield return new TableReply(title, Columns, rows);
    }
}
