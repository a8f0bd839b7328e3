using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Images;

/// <summary>/docker_image_delete image=org/name:tag [force=true]: removes one tag the bot built and its records.</summary>
internal sealed class DeleteImageHandler(ImageDeletion deletion, ImagePolicy policy) : CommandHandler<DeleteImageCommand>
{
    protected override async IAsyncEnumerable<Reply> HandleAsync(DeleteImageCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (policy.Check(command.Image, ImagePurpose.Built) is { } refusal)
        {
            yield return new ErrorReply(refusal);
            yield break;
        }

        var outcome = await deletion.DeleteAsync(command.Image.Repository, command.Image.Tag!, command.Force, cancellationToken);
        if (outcome.Deleted)
        {
            yield return new TextReply($"Deleted {outcome.Reference}.");
            yield break;
        }
        // force=true only helps against the "in use" refusals, so it is offered only for them.
        yield return new ErrorReply($"{outcome.Reference} was not deleted: {outcome.Reason}." + (outcome.InUse ? " Add force=true to delete it all the same." : ""));
    }
}
