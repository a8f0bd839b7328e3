namespace ChatOps.Parsers.Commands;

/// <summary><c>/integration_test instance=name</c>: runs that integration instance's test-module.</summary>
public sealed record IntegrationTestCommand(string Instance) : ChatCommand
{
    public override string Verb => "/integration_test";
}
