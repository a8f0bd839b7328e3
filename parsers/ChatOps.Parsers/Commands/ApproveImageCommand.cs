namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_approve id=12</c>: the staged image of approval request 12 gets its final tag.</summary>
public sealed record ApproveImageCommand(long Id) : ChatCommand
{
    public override string Verb => "/docker_image_approve";
}
