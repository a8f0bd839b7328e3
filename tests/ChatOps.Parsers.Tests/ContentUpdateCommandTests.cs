using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class ContentUpdateCommandTests
{
    [Fact]
    public void The_content_update_takes_no_arguments()
    {
        Assert.Equal("/content_update_images", Parsing.Command<ContentUpdateCommand>("/content_update_images").Verb);
    }

    [Fact]
    public void An_argument_to_the_content_update_is_refused()
    {
        var error = Parsing.AssertError("/content_update_images dry=true", "unknown key \"dry\" for /content_update_images; /content_update_images takes no arguments", 24);

        Assert.Equal("/content_update_images", error.Usage);
    }
}
