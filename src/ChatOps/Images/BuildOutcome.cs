using ChatOps.Engine;
using ChatOps.Images.Approvals;
using ChatOps.Replies;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// What a build's end means for its requesters: the image, the approval request its staged image waits in, the
/// failure to show, or none of them (it was cancelled).
/// </summary>
internal sealed record BuildOutcome(ImageRecord? Image, ErrorReply? Failure, ApprovalRequest? Approval = null)
{
    /// <summary>The reply a create ends with: the image card, the approval request, or the failure; null when the build was cancelled.</summary>
    public Reply? Reply => Image is not null ? ImageCard.Of(Image) : Approval is not null ? ApprovalCard.Of(Approval) : Failure;

    /// <summary>In the audit's words, for the build journal: "ok demisto/x:1.0.0.3", "pending approval 12 demisto/x:1.0.0.3", "failed: ...", "cancelled".</summary>
    public string Summary =>
        Image is not null ? $"ok {Image.Reference}"
        : Approval is not null ? $"pending approval {Approval.Id} {Approval.Staged.Reference}"
        : Failure is not null ? $"failed: {Failure.Message}" : "cancelled";

    /// <summary>Waits for the build; failures the image side expects become replies, anything else is thrown.</summary>
    public static async Task<BuildOutcome> OfAsync(Task<BuildResult> build, string repository)
    {
        try
        {
            var result = await build;
            return new BuildOutcome(result.Image, null, result.Approval);
        }
        catch (ImageCreateException failure)
        {
            return Failed(new ErrorReply($"{repository} was not created: {failure.Message}", Detail: failure.Detail));
        }
        catch (EngineOperationException failure)
        {
            return Failed(new ErrorReply($"{repository} was not created: {failure.Message}"));
        }
        catch (EngineUnavailableException failure)
        {
            return Failed(new ErrorReply($"{repository} was not created: {failure.Message}"));
        }
        catch (OperationCanceledException)
        {
            return new BuildOutcome(null, null);
        }
    }

    public static BuildOutcome Failed(ErrorReply failure) => new(null, failure);
}
