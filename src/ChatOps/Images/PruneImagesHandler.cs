using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Images;

/// <summary>/docker_image_prune: applies the retention rule now and says what it deleted and what it kept and why.</summary>
internal sealed class PruneImagesHandler(ImageRetention retention) : CommandHandler<PruneImagesCommand>
{
    private static readonly string[] Columns = ["image", "result"];

    protected override async IAsyncEnumerable<Reply> HandleAsync(PruneImagesCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (retention.KeepPerName <= 0)
        {
            // The setting is an admin's; the user is told what it means for them.
            yield return new TextReply("Retention is turned off here, so every tag is kept; ask an admin if old tags should be pruned.");
            yield break;
        }
        yield return new ProgressReply("prune images", $"looking for tags past the newest {retention.KeepPerName} of each name");
        var outcomes = await retention.PruneAsync(cancellationToken);
        if (outcomes.Count == 0)
        {
            yield return new TextReply($"Nothing to prune: no image name has more than {Counted.Of(retention.KeepPerName, "version tag")}.");
            yield break;
        }
        var deleted = outcomes.Count(o => o.Deleted);
        yield return new TableReply(
            $"Deleted {Counted.Of(deleted, "old tag")}, kept {outcomes.Count - deleted} (the newest {retention.KeepPerName} of each name stay)",
            Columns,
            outcomes.Select(o => (IReadOnlyList<string>)[o.Reference, o.Deleted ? "deleted" : $"kept: {o.Reason}"]).ToList());
    }
}
