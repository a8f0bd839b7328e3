using ChatOps.Engine;
using ChatOps.Images;

namespace ChatOps.Tests.Images;

public sealed class TagVersionTests
{
    [Fact]
    public void The_build_number_is_compared_as_a_number()
    {
        Assert.Equal("1.0.0.10", TagVersion.Newest(["1.0.0.9", "1.0.0.10", "1.0.0.2"])!.Tag);
    }

    [Fact]
    public void Latest_and_non_numeric_tags_are_ignored()
    {
        Assert.Equal("1.0.0.3", TagVersion.Newest(["latest", "1.0.0.3", "9.9.9-rc1", "dev", "2.0.0.x"])!.Tag);
        Assert.Null(TagVersion.Newest(["latest", "dev"]));
    }

    [Fact]
    public void A_newer_version_wins_over_a_higher_build_number()
    {
        Assert.Equal("1.1.0.1", TagVersion.Newest(["1.0.0.99", "1.1.0.1"])!.Tag);
    }
}
