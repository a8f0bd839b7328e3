using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class ListImagesCommandTests
{
    [Fact]
    public void A_bare_list_has_no_filters()
    {
        Assert.Equal(new ListImagesCommand(null, null), Parsing.Command<ListImagesCommand>("/docker_images"));
    }

    [Fact]
    public void A_list_may_filter_by_name_and_package()
    {
        Assert.Equal(
            new ListImagesCommand("demisto/python3", "requests"),
            Parsing.Command<ListImagesCommand>("/docker_images name=demisto/python3 package=requests"));
    }

    [Fact]
    public void A_name_filter_in_upper_case_is_refused()
    {
        var error = Parsing.AssertError("/docker_images name=Python", "name filter \"Python\" is not valid: image names are lower case; use a part of an image name, e.g. name=python3", 21);

        Assert.Equal(Parsing.ListUsage, error.Usage);
    }

    [Fact]
    public void A_package_filter_with_a_pattern_character_is_refused()
    {
        Parsing.AssertError("/docker_images package=req*", "package filter \"req*\" is not valid: \"*\" is not allowed; use a package name, e.g. package=requests", 27);
    }
}
