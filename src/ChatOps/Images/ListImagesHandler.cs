using System.Runtime.CompilerServices;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>/docker_images: the images of the allowed organisations that the engine holds, newest first.</summary>
internal sealed class ListImagesHandler(IImageEngine engine, IOptions<ImagesOptions> options) : CommandHandler<ListImagesCommand>
{
    private static readonly string[] Columns = ["repository", "tag", "id", "created", "size"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(ListImagesCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var allowedPrefixes = options.Value.AllowedOrgs.Select(org => org + "/").ToArray();
        var images = await engine.ListImagesAsync(cancellationToken);
        var rows = images
            .SelectMany(image => image.RepoTags.Select(repoTag => (image, repoTag)))
            .Where(x => x.repoTag != "<none>:<none>")
            .Select(x => (x.image, repository: x.repoTag[..x.repoTag.LastIndexOf(':')], tag: x.repoTag[(x.repoTag.LastIndexOf(':') + 1)..]))
            .Where(x => allowedPrefixes.Any(prefix => x.repository.StartsWith(prefix, StringComparison.Ordinal)))
            .Where(x => command.NameFilter is null || x.repository.Contains(command.NameFilter, StringComparison.Ordinal))
            .OrderBy(x => x.repository, StringComparer.Ordinal)
            .ThenByDescending(x => x.image.Created)
            .Select(x => (IReadOnlyList<string>)
            [
                x.repository,
                x.tag,
                ShortId(x.image.Id),
                x.image.Created.ToString("yyyy-MM-dd HH:mm"),
                ImageSizeFormatter.Format(x.image.Size),
            ])
            .ToList();

        if (rows.Count == 0)
        {
            var filter = command.NameFilter is null ? "" : $" matching name={command.NameFilter}";
            yield return new TextReply($"No images of {string.Join(", ", options.Value.AllowedOrgs)}{filter} in the engine. Create one with /docker_image_create name=...");
            yield break;
        }

        yield return new TableReply($"{rows.Count} image(s)", Columns, rows);
    }

    private static string ShortId(string id) => (id.StartsWith("sha256:", StringComparison.Ordinal) ? id[7..] : id)[..12];
}
