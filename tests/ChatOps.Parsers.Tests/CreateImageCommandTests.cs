using ChatOps.Parsers.Commands;
using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

public class CreateImageCommandTests
{
    [Fact]
    public void A_full_create_line_gives_every_argument_typed()
    {
        var create = Parsing.Command<CreateImageCommand>(
            "/docker_image_create name=example_name dependencies=mechanize,requests packages=wget base=demisto/python3-deb:3.11.2.1");

        Assert.Equal("example_name", create.Name);
        Assert.Equal(["mechanize", "requests"], create.Dependencies.Select(d => d.ToString()));
        Assert.Equal([new OsPackage("wget", null)], create.Packages);
        Assert.Equal(new ImageReference("demisto/python3-deb", "3.11.2.1"), create.Base);
        Assert.Equal("demisto", create.Base!.Organisation);
        Assert.False(create.Force);
        Assert.Equal("/docker_image_create", create.Verb);
    }

    [Fact]
    public void A_create_with_only_a_name_leaves_the_rest_empty()
    {
        var create = Parsing.Command<CreateImageCommand>("/docker_image_create name=a.b-c_1");

        Assert.Equal("a.b-c_1", create.Name);
        Assert.Empty(create.Dependencies);
        Assert.Empty(create.Packages);
        Assert.Null(create.Base);
        Assert.False(create.Force);
    }

    [Fact]
    public void A_list_item_starting_with_an_operator_continues_the_previous_requirement()
    {
        var create = Parsing.Command<CreateImageCommand>("/docker_image_create name=x dependencies=requests>=2,<3,mechanize");

        Assert.Equal(2, create.Dependencies.Count);
        Assert.Equal(new PythonRequirement("requests", [], ">=2,<3"), create.Dependencies[0]);
        Assert.Equal(new PythonRequirement("mechanize", [], ""), create.Dependencies[1]);
    }

    [Fact]
    public void Requirements_keep_their_extras_and_every_kind_of_specifier()
    {
        var create = Parsing.Command<CreateImageCommand>(
            "/docker_image_create name=x dependencies=requests[socks,security]>=2.31,Django~=4.2,a===1.0+local,b!=1.*,c==2.0rc1,d<5,e>1");

        Assert.Equal(
            ["requests[socks,security]>=2.31", "Django~=4.2", "a===1.0+local", "b!=1.*", "c==2.0rc1", "d<5", "e>1"],
            create.Dependencies.Select(d => d.ToString()));
        Assert.Equal(["socks", "security"], create.Dependencies[0].Extras);
        Assert.Equal("requests", create.Dependencies[0].Name);
        Assert.Equal(">=2.31", create.Dependencies[0].Specifier);
    }

    [Fact]
    public void Os_packages_may_pin_a_version()
    {
        var create = Parsing.Command<CreateImageCommand>("/docker_image_create name=x packages=wget=1.21.3-1+b2,libxml2-dev,g++,tzdata=2024a~deb12u1,epoch=1:2.0");

        Assert.Equal(
            [new OsPackage("wget", "1.21.3-1+b2"), new OsPackage("libxml2-dev", null), new OsPackage("g++", null),
             new OsPackage("tzdata", "2024a~deb12u1"), new OsPackage("epoch", "1:2.0")],
            create.Packages);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    public void Force_takes_true_false_yes_and_no(string written, bool expected)
    {
        Assert.Equal(expected, Parsing.Command<CreateImageCommand>($"/docker_image_create name=x force={written}").Force);
    }

    [Fact]
    public void Quoted_values_are_read_without_their_quotes()
    {
        var create = Parsing.Command<CreateImageCommand>("/docker_image_create name=\"example\" dependencies='requests>=2.31,<3' base=\"demisto/python3\"");

        Assert.Equal("example", create.Name);
        Assert.Equal([new PythonRequirement("requests", [], ">=2.31,<3")], create.Dependencies);
        Assert.Equal(new ImageReference("demisto/python3", null), create.Base);
    }

    [Fact]
    public void Arguments_may_come_in_any_order_and_with_extra_spaces()
    {
        var create = Parsing.Command<CreateImageCommand>("  /docker_image_create   force=yes  packages=curl name=late ");

        Assert.Equal("late", create.Name);
        Assert.True(create.Force);
        Assert.Equal([new OsPackage("curl", null)], create.Packages);
    }

    [Fact]
    public void A_base_image_without_an_organisation_or_tag_is_accepted()
    {
        var create = Parsing.Command<CreateImageCommand>("/docker_image_create name=x base=python3-deb");

        Assert.Equal(new ImageReference("python3-deb", null), create.Base);
        Assert.Null(create.Base!.Organisation);
    }

    [Fact]
    public void A_name_of_128_characters_is_accepted()
    {
        var name = new string('a', 128);
        Assert.Equal(name, Parsing.Command<CreateImageCommand>($"/docker_image_create name={name}").Name);
    }

    [Fact]
    public void A_quoted_list_may_have_spaces_after_its_commas()
    {
        var create = Parsing.Command<CreateImageCommand>("/docker_image_create name=x dependencies=\"mechanize, requests>=2, <3\" packages='wget , curl'");

        Assert.Equal(["mechanize", "requests>=2,<3"], create.Dependencies.Select(d => d.ToString()));
        Assert.Equal([new OsPackage("wget", null), new OsPackage("curl", null)], create.Packages);
    }
}
