namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_diff from=demisto/x:1.0.0.2 to=demisto/x:1.0.0.3</c>: packages added, removed and changed.</summary>
public sealed record ImageDiffCommand(ImageReference From, ImageReference To) : ChatCommand
{
    public override string Verb => "/docker_image_diff";
}
