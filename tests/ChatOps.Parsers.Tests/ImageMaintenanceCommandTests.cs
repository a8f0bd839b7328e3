using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

/// <summary>/docker_image_info, /docker_image_delete, /docker_image_prune and /docker_image_diff.</summary>
public class ImageMaintenanceCommandTests
{
    [Fact]
    public void Info_names_one_tagged_image()
    {
        var info = Parsing.Command<ImageInfoCommand>("/docker_image_info image=demisto/x:1.0.0.3");

        Assert.Equal(new ImageReference("demisto/x", "1.0.0.3"), info.Image);
    }

    [Fact]
    public void Info_without_a_tag_is_refused_at_the_end_of_the_value()
    {
        var error = Parsing.AssertError("/docker_image_info image=demisto/x", "image= needs a tag: write org/name:tag, e.g. image=demisto/example_name:1.0.0.3", 35);

        Assert.Equal("/docker_image_info image=<org/image:tag>", error.Usage);
    }

    [Theory]
    [InlineData("/docker_image_delete image=registry.example.com/demisto/x:1", "a registry host is not allowed")]
    [InlineData("/docker_image_delete image=demisto/x@sha256:abc", "digests (@sha256:...) are not allowed")]
    [InlineData("/docker_image_delete image=demisto/x:1;rm", "in a tag")]
    [InlineData("/docker_image_delete image=\"demisto/x:1 -f\"", "is not valid")]
    public void Delete_refuses_what_is_not_an_image_reference(string line, string why)
    {
        Assert.Contains(why, Parsing.Error(line).Message);
    }

    [Fact]
    public void Delete_takes_force_as_a_flag()
    {
        Assert.False(Parsing.Command<DeleteImageCommand>("/docker_image_delete image=demisto/x:1.0.0.1").Force);
        var forced = Parsing.Command<DeleteImageCommand>("/docker_image_delete image=demisto/x:1.0.0.1 force=true");

        Assert.True(forced.Force);
        Assert.Equal("1.0.0.1", forced.Image.Tag);
    }

    [Fact]
    public void Prune_takes_no_arguments()
    {
        Assert.IsType<PruneImagesCommand>(Parsing.Command<PruneImagesCommand>("/docker_image_prune"));
        Parsing.AssertError("/docker_image_prune keep=1", "unknown key \"keep\" for /docker_image_prune; /docker_image_prune takes no arguments", 21);
    }

    [Fact]
    public void Diff_needs_both_tags()
    {
        var diff = Parsing.Command<ImageDiffCommand>("/docker_image_diff from=demisto/x:1.0.0.1 to=demisto/x:1.0.0.2");
        Assert.Equal(("1.0.0.1", "1.0.0.2"), (diff.From.Tag, diff.To.Tag));

        var line = "/docker_image_diff from=demisto/x:1.0.0.1";
        Parsing.AssertError(line, "missing required argument to=, e.g. /docker_image_diff to=demisto/example_name:1.0.0.3", line.Length + 1);
    }
}
