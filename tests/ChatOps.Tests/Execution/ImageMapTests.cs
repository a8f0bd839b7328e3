using ChatOps.Execution;

namespace ChatOps.Tests.Execution;

public sealed class ImageMapTests
{
    private static readonly ImageMap Map = new(new Dictionary<string, string>
    {
        ["demisto/python3"] = "demisto/python3-deb:3.11.2.1",
        ["demisto/python3:3.10.13.83255"] = "demisto/exact:1.0.0.1",
    });

    [Fact]
    public void An_exact_image_wins_over_its_repository()
    {
        Assert.Equal("demisto/exact:1.0.0.1", Map.Map("demisto/python3:3.10.13.83255"));
    }

    [Fact]
    public void A_repository_maps_every_tag_of_it()
    {
        Assert.Equal("demisto/python3-deb:3.11.2.1", Map.Map("demisto/python3:3.12.8.1"));
        Assert.True(Map.Maps("demisto/python3:3.12.8.1"));
    }

    [Fact]
    public void An_image_nothing_maps_is_itself()
    {
        Assert.Equal("demisto/crypto:1.0.0.1", Map.Map("demisto/crypto:1.0.0.1"));
        Assert.False(Map.Maps("demisto/crypto:1.0.0.1"));
    }

    [Fact]
    public void A_registry_port_is_not_taken_for_a_tag()
    {
        Assert.Equal("localhost:5000/demisto/python3", Map.Map("localhost:5000/demisto/python3"));
    }
}
