namespace ChatOps.Parsers.Commands;

/// <summary>
/// <c>!ScriptName [value] key=value ...</c>: a content script or command; its arguments are checked against its YAML
/// by the runner. Unnamed is a first value written without a key (<c>!Print hello</c>, <c>!ip 8.8.8.8</c>): it goes
/// to the argument the YAML marks <c>default: true</c>, which only the runner knows.
/// </summary>
public sealed record RunScriptCommand(string ScriptName, IReadOnlyList<ScriptArgument> Arguments, UnnamedValue? Unnamed = null) : ChatCommand
{
    public override string Verb => "!" + ScriptName;
}
