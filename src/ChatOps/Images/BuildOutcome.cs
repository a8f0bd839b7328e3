using ChatOps.Engine;
using ChatOps.Replies;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>What a build's end means for its requesters: the image, the failure to show, or neither (it was cancelled).</summary>
internal sealed record BuildOutcome(ImageRecord? Image, ErrorReply? Failure)
{
    /// <summary>The reply a create ends with: the image card or the failure; null when the build was cancelled.</summary>
    public Reply? Reply => Image is not null ? ImageCard.Of(Image) : Failure;

    /// <summary>In the audit's words, for the build journal: "ok demisto/x:1.0.0.3", "failed: ...", "cancelled".</summary>
    public string Summary => Image is not null ? $"ok {Image.Reference}" : Failure is not null ? $"failed: {Failure.Message}" : "cancelled";

    /// <summary>Waits for the build; failures the image side expects become replies, anything else is thrown.</summary>
    public static async Task<BuildOutcome> OfAsync(Task<ImageRecord> build, string repository)
    {
        try
        {
            return new BuildOutcome(await build, null);
        }
        catch (ImageCreateException failure)
        {
            return Failed(new ErrorReply($"{repository} was not created: {failure.Message}", Detail: failure.Detail) { Remedy = failure.Remedy });
        }
        catch (EngineOperationException failure)
        {
            return Failed(new ErrorReply($"{repository} was not created: {failure.Message}"));
        }
        catch (EngineUnavailableException failure)
        {
            return Failed(new ErrorReply($"{repository} was not created: {failure.Message}") { Remedy = failure.Remedy });
        }
        catch (OperationCanceledException)
        {
            return new BuildOutcome(null, null);
        }
    }

    public static BuildOutcome Failed(ErrorReply failure) => new(null, failure);
}
