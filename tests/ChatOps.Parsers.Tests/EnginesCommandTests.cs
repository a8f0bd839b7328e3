using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

/// <summary>/engines takes no arguments, and says so rather than ignoring one.</summary>
public class EnginesCommandTests
{
    [Fact]
    public void Engines_alone_is_the_command()
    {
        Assert.IsType<ShowEnginesCommand>(Parsing.Command<ShowEnginesCommand>("/engines"));
    }

    [Fact]
    public void An_argument_to_engines_is_refused_at_its_column()
    {
        Parsing.AssertError("/engines all=true", "unknown key \"all\" for /engines; /engines takes no arguments", 10);
    }
}
