using ChatOps.Parsers;
using ChatOps.Replies;

namespace ChatOps.Images.Approvals;

/// <summary>
/// The approval request as the requester and the approvers see it: what would be tagged, what is inside, who asked,
/// until when, and the Approve / Deny buttons (with the lines to type where a platform has no buttons).
/// </summary>
internal static class ApprovalCard
{
    public const string ApproveVerb = "/docker_image_approve";
    public const string DenyVerb = "/docker_image_deny";

    /// <summary>The key both commands take, the one a button fills.</summary>
    private static readonly string IdKey = CommandCatalog.Find(ApproveVerb)!.ButtonKey!;

    public static CardReply Of(ApprovalRequest request)
    {
        var staged = request.Staged;
        var id = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ReplyButton approve = new("Approve", ApproveVerb, id, ReplyButtonStyle.Primary);
        ReplyButton deny = new("Deny", DenyVerb, id, ReplyButtonStyle.Danger);
        return new CardReply($"Approval request {id}: {staged.Reference}",
        [
            new CardField("approval id", id) { Raw = request.Id },
            new CardField("image", staged.Reference),
            new CardField("requested by", string.Join(", ", request.Requesters)),
            new CardField("base", staged.Spec.Base.ToString()),
            new CardField("python packages", staged.Found.Distributions.Count == 0
                ? "none"
                : string.Join(", ", staged.Found.Distributions.Select(d => $"{d.Name} {d.Version} ({ImageCard.LicenseOf(d)})"))),
            new CardField("os packages", staged.Spec.Packages.Count == 0 ? "none requested" : string.Join(", ", staged.Spec.Packages)),
            new CardField("expires", ShownTime.Of(request.ExpiresAt)) { Raw = request.ExpiresAt },
            new CardField("approve", approve.Line(IdKey) + " (someone with images.approve, not a requester)"),
            new CardField("deny", deny.Line(IdKey)),
        ])
        {
            Buttons = [approve, deny],
        };
    }
}
