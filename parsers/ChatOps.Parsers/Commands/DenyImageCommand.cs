namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_deny id=12</c>: the staged image of approval request 12 is removed, nothing is tagged.</summary>
public sealed record DenyImageCommand(long Id) : ChatCommand
{
    public override string Verb => "/docker_image_deny";
}
