namespace ChatOps.Parsers.Commands;

/// <summary><c>/content_update_images</c>: reports which dockerimage tags in the content folder are out of date.</summary>
public sealed record ContentUpdateCommand : ChatCommand
{
    public override string Verb => "/content_update_images";
}
