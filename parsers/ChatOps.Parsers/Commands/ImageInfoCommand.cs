namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_info image=demisto/x:1.0.0.3</c>: what is inside one image and how it was built.</summary>
public sealed record ImageInfoCommand(ImageReference Image) : ChatCommand
{
    public override string Verb => "/docker_image_info";
}
