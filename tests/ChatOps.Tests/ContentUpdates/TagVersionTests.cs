using ChatOps.Engine;
using ChatOps.ContentUpdates;

namespace ChatOps.Tests.ContentUpdates;

public sealed class TagVersionTests
{
    [Theory]
    [InlineData("1.0.0.10", "1.0.0.9")]
    [InlineData("1.0.0.100000", "1.0.0.99999")]
    [InlineData("3.12.0.1", "3.11.2.99")]
    [InlineData("1.0.1", "1.0.0.5")]
    [InlineData("2", "1.9.9.9")]
    [InlineData("1.0.0.0012", "1.0.0.11")]
    [InlineData("1.0.0.99999999999999999999999", "1.0.0.99999999999999999999998")]
    public void Components_compare_as_numbers_left_to_right_with_the_build_number_last(string newer, string older)
    {
        Assert.True(TagVersion.TryParse(newer, out var n));
        Assert.True(TagVersion.TryParse(older, out var o));

        Assert.True(n.CompareTo(o) > 0);
        Assert.True(o.CompareTo(n) < 0);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("nightly")]
    [InlineData("1.0.1-rc1")]
    [InlineData("3.11-alpine")]
    [InlineData("1..0")]
    [InlineData(".1")]
    [InlineData("1.")]
    [InlineData("v1.0.0.1")]
    [InlineData("")]
    [InlineData(null)]
    public void Latest_and_tags_with_anything_but_digits_and_dots_are_not_versions(string? tag)
    {
        Assert.False(TagVersion.TryParse(tag, out _));
    }

    [Fact]
    public void The_newest_of_a_list_ignores_what_is_not_a_version()
    {
        string[] tags = ["1.0.0.9", "latest", "1.0.0.10", "nightly", "1.0.0.2", "9.9.9.9-beta"];

        var newest = tags.Select(t => TagVersion.TryParse(t, out var v) ? v : null).OfType<TagVersion>().Max();

        Assert.Equal("1.0.0.10", newest!.Tag);
    }
}
