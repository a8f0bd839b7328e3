namespace ChatOps.Parsers.Commands;

/// <summary><c>!ScriptName key=value ...</c>: a content script; its arguments are checked against its YAML by the runner.</summary>
public sealed record RunScriptCommand(string ScriptName, IReadOnlyList<ScriptArgument> Arguments) : ChatCommand
{
    public override string Verb => "!" + ScriptName;
}
