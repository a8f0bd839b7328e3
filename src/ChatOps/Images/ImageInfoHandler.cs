using System.Globalization;
using System.Runtime.CompilerServices;
using ChatOps.Content;
using ChatOps.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// /docker_image_info image=org/name:tag: the card of one image (who built it, when, from which request, labels,
/// the content items that use it), its packages with versions and licences, the due-diligence findings, the
/// generated Dockerfile and the last lines of its build log: what the bot recorded at build time.
/// </summary>
internal sealed class ImageInfoHandler(
    ImagesOnEngines everywhere, ImagePolicy policy, ImageMetadataStore metadata, ImageDiligenceStore diligence, BuildRecordStore builds, ContentImageUsers content)
    : CommandHandler<ImageInfoCommand>
{
    private static readonly string[] PythonColumns = ["package", "version", "licence"];
    private static readonly string[] OsColumns = ["package", "version"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(ImageInfoCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (policy.Check(command.Image, ImagePurpose.Built) is { } refusal)
        {
            yield return new ErrorReply(refusal);
            yield break;
        }
        var reference = command.Image.ToString();
        // With several engines the image may be on any of them (built there, or pulled there); where the tag points
        // at different images, the one the bot recorded building is the one to describe.
        var held = (await everywhere.InspectAsync(reference, cancellationToken)).Select(on => on.Image).ToList();
        var built = (await metadata.ListAsync(cancellationToken)).FirstOrDefault(r => r.Reference == reference)?.ImageId;
        var image = held.FirstOrDefault(i => i.Id == built) ?? held.FirstOrDefault();
        if (image is null)
        {
            yield return new ErrorReply($"There is no image {reference} in the engine; /docker_images lists the tags there are.");
            yield break;
        }

        var record = (await metadata.ListAsync(cancellationToken)).FirstOrDefault(r => r.Reference == reference && r.ImageId == image.Id);
        var build = await builds.FindAsync(reference, cancellationToken) is { } found && found.ImageId == image.Id ? found : null;
        yield return Card(reference, image, record, build, content.Of(reference));
        if (record is null)
        {
            yield return new TextReply($"The bot has no build record of {reference}: it did not build this image, so only what the engine knows is shown.");
            yield break;
        }

        yield return new TableReply(Counted.Of(record.Distributions.Count, "Python package"), PythonColumns,
            record.Distributions.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
                .Select(d => (IReadOnlyList<string>)[d.Name, d.Version, ImageCard.LicenseOf(d)]).ToList());
        yield return new TableReply(Counted.Of(record.OsPackages.Count, "OS package"), OsColumns,
            record.OsPackages.Select(p => (IReadOnlyList<string>)[p.Name, p.Version]).ToList());
        if ((await diligence.LoadAllAsync(cancellationToken)).TryGetValue(reference, out var report))
            yield return VettingReportFormatter.ToTable(report);
        else
            yield return new TextReply($"No due-diligence findings were recorded for {reference}.");
        if (build is null) yield break;
        yield return new CodeBlockReply("dockerfile", build.Dockerfile);
        yield return new TextReply($"The last {Counted.Of(build.LogTail.Count, "line")} of its build log:");
        yield return new CodeBlockReply("", string.Join('\n', build.LogTail));
    }

    private static CardReply Card(string reference, EngineImageDetails image, ImageRecord? record, BuildRecord? build, IReadOnlyList<string> users)
    {
        var fields = new List<CardField>
        {
            new("image", reference),
            new("id", ImageCard.ShortId(image.Id)),
            new("size", ImageSizeFormatter.Format(image.Size)),
            new("created", image.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        };
        if (record is not null)
        {
            fields.Add(new("base", record.BaseImage));
            fields.Add(new("python", record.PythonVersion));
            fields.Add(new("build time", record.BuildTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"));
        }
        if (build is not null)
        {
            fields.Add(new("built by", $"{build.RequestedBy} in {build.Channel}"));
            fields.Add(new("request", build.Request));
        }
        fields.Add(new("labels", string.Join(", ", image.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))));
        fields.Add(new("used by", users.Count == 0 ? "no content item" : string.Join(", ", users)));
        return new CardReply(reference, fields);
    }
}
