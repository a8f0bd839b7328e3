namespace ChatOps.Parsers.Commands;

/// <summary><c>/engines</c>: each configured Docker engine with its health and what it holds.</summary>
public sealed record ShowEnginesCommand : ChatCommand
{
    public override string Verb => "/engines";
}
