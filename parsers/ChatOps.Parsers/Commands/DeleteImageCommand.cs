namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_delete image=demisto/x:1.0.0.3 [force=true]</c>; force deletes a tag content names or a container uses.</summary>
public sealed record DeleteImageCommand(ImageReference Image, bool Force) : ChatCommand
{
    public override string Verb => "/docker_image_delete";
}
