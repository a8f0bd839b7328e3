using System.Runtime.CompilerServices;
using ChatOps.Options;
using ChatOps.Parsers;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>/docker_image_update image=demisto/x | all=true: pull the newest version tag from the configured registry.</summary>
internal sealed class UpdateImageHandler(ImageUpdater updater, ImagePolicy policy, IOptions<ImagesOptions> options) : CommandHandler<UpdateImageCommand>
{
    /// <summary>The catalogue's usage line, shown only when the arguments are the problem.</summary>
    private static readonly string Usage = CommandCatalog.Find("/docker_image_update")!.Usage;
    private static readonly string[] Columns = ["image", "before", "after", "result"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(UpdateImageCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!updater.RegistryConfigured)
        {
            yield return new ErrorReply("No registry is configured to update from.")
            {
                Remedy = new Remedy("Ask an admin to configure one.", "Set Images:Registry (host:port)."),
            };
            yield break;
        }
        if (command.All == (command.Image is not null))
        {
            yield return new ErrorReply("Give exactly one of image=org/name or all=true.", Usage);
            yield break;
        }
        if (command.Image is { } image && !CreateRequestValidator.IsRepository(image.Repository))
        {
            yield return new ErrorReply($"image '{image.Repository}' is not an image name: org/name in lower case (e.g. image=demisto/example_name).", Usage);
            yield break;
        }
        if (command.Image is { } target && policy.Check(target, ImagePurpose.UpdateTarget) is { } refusal)
        {
            yield return new ErrorReply(refusal);
            yield break;
        }

        var repositories = command.Image is { } one ? [one.Repository] : await updater.KnownRepositoriesAsync(cancellationToken);
        if (repositories.Count == 0)
        {
            yield return new TextReply("The bot knows no images to update yet. Create one with /docker_image_create.");
            yield break;
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < repositories.Count; i++)
        {
            yield return new ProgressReply("update images", $"checking {repositories[i]}", i + 1, repositories.Count);
            var update = await updater.UpdateAsync(repositories[i], cancellationToken);
            rows.Add([update.Repository, update.Before ?? "-", update.After ?? "-", update.Outcome switch
            {
                "updated" => $"{update.Before ?? "(none)"} -> {update.After}",
                _ => update.Outcome,
            }]);
        }
        yield return new TableReply($"{Plural.Of(rows.Count, "image")} checked against {options.Value.Registry}", Columns, rows);
    }
}
