using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class UpdateImageCommandTests
{
    [Fact]
    public void An_update_of_one_image_names_it()
    {
        var update = Parsing.Command<UpdateImageCommand>("/docker_image_update image=demisto/example_name");

        Assert.Equal(new ImageReference("demisto/example_name", null), update.Image);
        Assert.Equal("example_name", update.Image!.ShortName);
        Assert.False(update.All);
    }

    [Fact]
    public void An_update_may_name_a_tag()
    {
        var update = Parsing.Command<UpdateImageCommand>("/docker_image_update image=demisto/example_name:1.0.0.12");

        Assert.Equal(new ImageReference("demisto/example_name", "1.0.0.12"), update.Image);
    }

    [Fact]
    public void An_update_of_all_images_has_no_image()
    {
        var update = Parsing.Command<UpdateImageCommand>("/docker_image_update all=true");

        Assert.Null(update.Image);
        Assert.True(update.All);
    }

    [Fact]
    public void All_false_next_to_an_image_updates_that_image()
    {
        var update = Parsing.Command<UpdateImageCommand>("/docker_image_update image=demisto/x all=no");

        Assert.Equal(new ImageReference("demisto/x", null), update.Image);
        Assert.False(update.All);
    }

    [Fact]
    public void An_update_with_both_image_and_all_is_refused()
    {
        var error = Parsing.AssertError("/docker_image_update all=true image=demisto/x", "/docker_image_update takes image= or all=true, not both", 31);

        Assert.Equal(Parsing.UpdateUsage, error.Usage);
    }

    [Theory]
    [InlineData("/docker_image_update")]
    [InlineData("/docker_image_update all=false")]
    public void An_update_without_image_or_all_true_is_refused(string line)
    {
        var error = Parsing.AssertError(line, "/docker_image_update needs image=<org/name> or all=true", line.Length + 1);

        Assert.Equal(Parsing.UpdateUsage, error.Usage);
    }
}
