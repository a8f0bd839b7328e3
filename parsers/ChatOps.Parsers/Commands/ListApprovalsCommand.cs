namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_approvals</c>: the approval requests waiting for a decision, each with its Approve and Deny.</summary>
public sealed record ListApprovalsCommand : ChatCommand
{
    public override string Verb => "/docker_image_approvals";
}
