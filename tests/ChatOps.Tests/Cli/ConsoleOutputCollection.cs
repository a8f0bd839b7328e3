namespace ChatOps.Tests.Cli;

/// <summary>Tests that swap Console.Out share this collection so they never run at the same time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutputCollection
{
    public const string Name = "console output";
}
