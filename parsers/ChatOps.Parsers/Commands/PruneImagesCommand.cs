namespace ChatOps.Parsers.Commands;

/// <summary><c>/docker_image_prune</c>: applies the retention rule (Images:KeepPerName) now.</summary>
public sealed record PruneImagesCommand : ChatCommand
{
    public override string Verb => "/docker_image_prune";
}
