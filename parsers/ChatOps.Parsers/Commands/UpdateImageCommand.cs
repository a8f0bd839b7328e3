namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_update image=demisto/x</c> or <c>/docker_image_update all=true</c>; exactly one of the two.</summary>
public sealed record UpdateImageCommand(ImageReference? Image, bool All) : ChatCommand
{
    public override string Verb => "/docker_image_update";
}
