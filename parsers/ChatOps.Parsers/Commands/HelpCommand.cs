namespace ChatOps.Parsers.Commands;

/// <summary><c>/help</c> (or <c>help</c>), <c>/help /docker_image_create</c> or <c>/help !ScriptName</c>.</summary>
public sealed record HelpCommand(string? Topic) : ChatCommand
{
    public override string Verb => "/help";
}
