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
/// (a Python distribution or an OS package). With more than one engine in Docker:Engines, it lists the images of
/// every engine, with a column naming the engines that hold each; with one, the answer is as it always was.
/// </summary>
internal sealed class ListImagesHandler(IImageEngine engine, EngineSet engines, ImagesOnEngines everywhere, Database database, IOptions<ImagesOptions> options)
    : CommandHandler<ListImagesCommand>
{
    // Made here from the core Database (the store is stateless) so AddWarRoom alone still resolves this handler.
    private readonly ImageMetadataStore _metadata = new(database);
    private readonly ImageDiligenceStore _diligence = new(database);

    private static readonly string[] Columns = ["repository", "tag", "id", "created", "size", "python", "due diligence"];
    private static readonly string[] ColumnsWithEngines = [.. Columns, "engines"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(ListImagesCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var allowedPrefixes = options.Value.AllowedOrgs.Select(org => org + "/").ToArray();
        var severalEngines = engines.All.Count > 1;
        var images = severalEngines
            ? await everywhere.ListAsync(cancellationToken)
            : (await engine.ListImagesAsync(cancellationToken)).Select(image => new HeldImage(image, new Dictionary<string, IReadOnlyList<string>>())).ToList();
        var recorded = (command.PackageFilter is null
                ? await _metadata.ListAsync(cancellationToken)
                : await _metadata.FindContainingAsync(command.PackageFilter, cancellationToken))
            .ToDictionary(r => r.Reference, StringComparer.Ordinal);
        var diligence = await _diligence.LoadAllAsync(cancellationToken);

        var listed = images
            .SelectMany(held => held.Image.RepoTags.Select(repoTag => (image: held.Image, repoTag, engines: held.EnginesByTag.GetValueOrDefault(repoTag, []))))
            .Where(x => x.repoTag != "<none>:<none>")
            .Where(x => command.PackageFilter is null || (recorded.TryGetValue(x.repoTag, out var r) && r.ImageId == x.image.Id))
            .Select(x => (x.image, x.repoTag, x.engines, repository: x.repoTag[..x.repoTag.LastIndexOf(':')], tag: x.repoTag[(x.repoTag.LastIndexOf(':') + 1)..]))
            .Where(x => allowedPrefixes.Any(prefix => x.repository.StartsWith(prefix, StringComparison.Ordinal)))
            .Where(x => command.NameFilter is null || x.repository.Contains(command.NameFilter, StringComparison.Ordinal))
            .OrderBy(x => x.repository, StringComparer.Ordinal)
            .ThenByDescending(x => x.image.Created)
            .Select(x =>
            {
                // What the bot recorded counts only while the tag still points at the image it built.
                var record = recorded.TryGetValue(x.repoTag, out var r) && r.ImageId == x.image.Id ? r : null;
                var summary = record is not null && diligence.TryGetValue(x.repoTag, out var report) ? ImageDiligenceStore.Summarise(report) : null;
                IReadOnlyList<object?> values = [x.repository, x.tag, x.image.Id, x.image.Created, x.image.Size, record?.PythonVersion, summary];
                return severalEngines ? (IReadOnlyList<object?>)[.. values, string.Join(", ", x.engines)] : values;
            })
            .ToList();
        var rows = listed.Select(values => (IReadOnlyList<string>)
            [
                (string)values[0]!,
                (string)values[1]!,
                ImageCard.ShortId((string)values[2]!),
                ShownTime.Of((DateTimeOffset)values[3]!),
                ImageSizeFormatter.Format((long)values[4]!),
                (string?)values[5] ?? "-",
                (string?)values[6] ?? "-",
                // The engines, when there are several.
                .. values.Skip(Columns.Length).Cast<string>(),
            ])
            .ToList();

        if (rows.Count == 0)
        {
            var filter = (command.NameFilter is null ? "" : $" matching name={command.NameFilter}") +
                         (command.PackageFilter is null ? "" : $" containing package={command.PackageFilter}");
            yield return new TextReply($"No images of {string.Join(", ", options.Value.AllowedOrgs)}{filter} in the engine. Create one with /docker_image_create name=...");
            yield break;
        }

        var title = Plural.Of(rows.Count, "image") + (command.PackageFilter is null ? "" : $" containing {command.PackageFilter}");
        yield return new TableReply(title, severalEngines ? ColumnsWithEngines : Columns, rows) { Values = listed };
    }
}
