using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

/// <summary>One test per kind of mistake: the exact words, the column the caret goes under and the usage line.</summary>
public class ErrorMessageTests
{
    [Fact]
    public void An_unknown_command_suggests_the_nearest_one()
    {
        var error = Parsing.AssertError("/docker_image name=x", "unknown command /docker_image; did you mean /docker_images?", 1);

        Assert.Equal(Parsing.ListUsage, error.Usage);
        Assert.Equal("/docker_image name=x", error.Input);
    }

    [Fact]
    public void A_command_without_its_slash_is_recognised_as_a_typo()
    {
        var error = Parsing.Error("docker_image_create name=x");

        Assert.Equal("unknown command docker_image_create; did you mean /docker_image_create?", error.Message);
        Assert.Equal(Parsing.CreateUsage, error.Usage);
    }

    [Fact]
    public void A_mistyped_help_is_suggested_help()
    {
        Assert.Equal("unknown command hlep; did you mean /help?", Parsing.Error("hlep").Message);
    }

    [Fact]
    public void An_unknown_command_far_from_every_known_one_points_to_help()
    {
        var error = Parsing.Error("/deploy prod");

        Assert.Equal("unknown command /deploy; type help to see the commands", error.Message);
        Assert.Equal(1, error.Column);
        Assert.Null(error.Usage);
    }

    [Fact]
    public void The_start_of_a_command_name_suggests_the_shortest_command_with_it()
    {
        Assert.Equal("unknown command /docker; did you mean /docker_images?", Parsing.Error("/docker").Message);
    }

    [Fact]
    public void A_line_that_starts_with_an_argument_asks_for_a_command()
    {
        Parsing.AssertError("name=x", "expected a command such as /docker_images, !ScriptName or help before \"name=\"", 1);
    }

    [Fact]
    public void A_line_that_starts_with_a_quote_asks_for_a_command()
    {
        Parsing.AssertError("  \"/docker_images\"", "expected a command such as /docker_images, !ScriptName or help, found \"/docker_images\"", 3);
    }

    [Fact]
    public void An_unknown_key_lists_the_valid_keys()
    {
        var error = Parsing.AssertError("/docker_image_create name=x colour=red", "unknown key \"colour\" for /docker_image_create; valid keys: name, dependencies, packages, base, force", 29);

        Assert.Equal(Parsing.CreateUsage, error.Usage);
    }

    [Fact]
    public void Keys_are_case_sensitive()
    {
        Assert.Equal(
            "unknown key \"Name\" for /docker_image_create; valid keys: name, dependencies, packages, base, force",
            Parsing.Error("/docker_image_create Name=x").Message);
    }

    [Fact]
    public void A_repeated_key_says_so_and_where_it_was_first()
    {
        Parsing.AssertError("/docker_image_create name=x name=y", "key \"name\" is given twice (first at column 22); give each key once; valid keys: name, dependencies, packages, base, force", 29);
    }

    [Fact]
    public void A_missing_required_argument_is_named_with_an_example()
    {
        var error = Parsing.AssertError("/docker_image_create dependencies=requests", "missing required argument name=, e.g. /docker_image_create name=example_name", 43);

        Assert.Equal(Parsing.CreateUsage, error.Usage);
    }

    [Theory]
    [InlineData("/docker_image_create name=\"abc", 27, '"')]
    [InlineData("/docker_image_create name=x base='demisto/python3", 34, '\'')]
    [InlineData("!Print value=\"ends with a backslash\\\"", 14, '"')]
    public void An_unterminated_quote_points_at_the_opening_quote(string line, int column, char quote)
    {
        var error = Parsing.AssertError(line, $"unterminated quote: the {quote} here is never closed; close it with {quote}, or write \\{quote} for a quote inside", column);

        Assert.Equal(line, error.Input);
    }

    [Fact]
    public void An_unterminated_quote_in_a_known_command_shows_its_usage()
    {
        Assert.Equal(Parsing.CreateUsage, Parsing.Error("/docker_image_create name=\"abc").Usage);
    }

    [Theory]
    [InlineData("/docker_image_create name=", 27)]
    [InlineData("/docker_image_create name= x", 27)]
    [InlineData("/docker_image_create name=\"\"", 29)]
    public void An_empty_value_asks_for_one_with_an_example(string line, int column)
    {
        Parsing.AssertError(line, "name= needs a value, e.g. name=example_name", column);
    }

    [Fact]
    public void An_empty_list_value_shows_a_list_example()
    {
        Assert.Equal("packages= needs a value, e.g. packages=wget,curl", Parsing.Error("/docker_image_create name=x packages=").Message);
    }

    [Fact]
    public void Spaces_around_equals_are_explained()
    {
        Parsing.AssertError("/docker_image_create name = x", "found \"name\" followed by a space before \"=\"; write key=value without spaces", 22);
    }

    [Fact]
    public void An_equals_sign_without_a_key_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=x =y", "found \"=\" without a key before it; write key=value without spaces", 29);
    }

    [Fact]
    public void A_word_that_is_not_key_value_lists_the_valid_keys()
    {
        Parsing.AssertError("/docker_image_create example_name", "expected key=value, found \"example_name\"; valid keys: name, dependencies, packages, base, force", 22);
    }

    [Fact]
    public void A_space_after_a_comma_in_a_list_is_explained()
    {
        Parsing.AssertError("/docker_image_create name=x dependencies=mechanize, requests", "found \"requests\" after a space in the list dependencies=; separate list items with commas only, or quote the list", 53);
    }

    [Fact]
    public void Text_glued_to_a_closing_quote_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=\"a\"b", "found \"b\" right after the previous argument; separate arguments with a space", 30);
    }

    [Theory]
    [InlineData("/docker_image_create name=x dependencies=a,,b", 44)]
    [InlineData("/docker_image_create name=x dependencies=,a", 42)]
    [InlineData("/docker_image_create name=x dependencies=a,", 44)]
    public void An_empty_list_item_is_refused_where_it_is(string line, int column)
    {
        Parsing.AssertError(line, "dependencies= has an empty list item; separate items with one comma, e.g. dependencies=mechanize,requests>=2.31", column);
    }

    [Fact]
    public void An_empty_package_item_is_refused()
    {
        Assert.Equal(
            "packages= has an empty list item; separate items with one comma, e.g. packages=wget,curl",
            Parsing.Error("/docker_image_create name=x packages=wget,,curl").Message);
    }

    [Fact]
    public void An_upper_case_name_says_names_are_lower_case_and_suggests_one()
    {
        var error = Parsing.AssertError("/docker_image_create name=Example_Name", "image name \"Example_Name\" is not valid: image names are lower case; did you mean name=example_name?", 27);

        Assert.Equal(Parsing.CreateUsage, error.Usage);
    }

    [Fact]
    public void An_upper_case_name_that_would_still_be_wrong_gets_the_rule()
    {
        Assert.Equal(
            "image name \"Bad!\" is not valid: image names are lower case; an image name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit",
            Parsing.Error("/docker_image_create name=Bad!").Message);
    }

    [Fact]
    public void A_name_starting_with_punctuation_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=-x", "image name \"-x\" is not valid: \"-\" cannot start it; an image name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit", 27);
    }

    [Fact]
    public void A_name_over_128_characters_is_refused_with_its_length()
    {
        var error = Parsing.Error("/docker_image_create name=" + new string('a', 129));

        Assert.Equal(
            "image name \"" + new string('a', 57) + "...\" is not valid: it is 129 characters long; the limit is 128",
            error.Message);
        Assert.Equal(27 + 128, error.Column);
    }

    [Fact]
    public void A_bad_boolean_says_which_words_work()
    {
        var error = Parsing.Error("/docker_image_create name=x force=maybe");

        Assert.Equal("force must be true or false (yes/no also work), found \"maybe\"", error.Message);
        Assert.Equal(35, error.Column);
    }

    [Fact]
    public void A_specifier_without_a_library_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=x dependencies=>=2", "dependency \">=2\" is not a valid Python requirement: a version needs a library name before it; write a library name with an optional version, e.g. requests or requests>=2.31,<3", 42);
    }

    [Fact]
    public void A_malformed_specifier_is_refused_with_the_whole_requirement()
    {
        Parsing.AssertError("/docker_image_create name=x dependencies=mechanize,requests>=2,<", "dependency \"requests>=2,<\" is not a valid Python requirement: it does not have the form name[extras]<op>version; write a library name with an optional version, e.g. requests or requests>=2.31,<3", 52);
    }

    [Fact]
    public void An_upper_case_os_package_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=x packages=Wget", "package \"Wget\" is not a valid OS package: OS package names are lower case; write a package name with an optional =version, e.g. wget or wget=1.21.3-1", 38);
    }

    [Fact]
    public void An_os_package_with_an_empty_version_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=x packages=curl,wget=", "package \"wget=\" is not a valid OS package: a version is needed after \"=\"; write a package name with an optional =version, e.g. wget or wget=1.21.3-1", 47);
    }

    [Fact]
    public void A_base_with_a_registry_host_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=x base=docker.io/library/python:3", "base image \"docker.io/library/python:3\" is not valid: a registry host is not allowed; the configured registry is used; write org/name or org/name:tag, e.g. demisto/python3-deb:3.11.2.1", 34);
    }

    [Fact]
    public void A_base_with_a_digest_is_refused()
    {
        Parsing.AssertError("/docker_image_create name=x base=demisto/python@sha256:abc", "base image \"demisto/python@sha256:abc\" is not valid: digests (@sha256:...) are not allowed; use a tag; write org/name or org/name:tag, e.g. demisto/python3-deb:3.11.2.1", 48);
    }

    [Fact]
    public void A_base_in_upper_case_suggests_the_lower_case_one()
    {
        Assert.Equal(
            "base image \"Demisto/Python3:3.11\" is not valid: image names are lower case; did you mean base=demisto/python3:3.11?; write org/name or org/name:tag, e.g. demisto/python3-deb:3.11.2.1",
            Parsing.Error("/docker_image_create name=x base=Demisto/Python3:3.11").Message);
    }

    [Theory]
    [InlineData("demisto/python3:", "a tag is needed after \":\"", 49)]
    [InlineData("demisto/python3:.1", "a tag is letters, digits, '_', '.' and '-', not starting with '.' or '-', at most 128 characters", 50)]
    [InlineData("demisto/python3:a$", "\"$\" is not allowed in a tag", 51)]
    [InlineData("demisto//python3", "each part between '/' is lower-case letters and digits, joined by '.', '_' or '-'", 34)]
    [InlineData("localhost:5000/x", "a registry host is not allowed; the configured registry is used", 34)]
    public void Base_image_shape_errors_name_the_problem(string written, string what, int column)
    {
        Parsing.AssertError($"/docker_image_create name=x base={written}", $"base image \"{written}\" is not valid: {what}; write org/name or org/name:tag, e.g. demisto/python3-deb:3.11.2.1", column);
    }

    [Fact]
    public void An_update_image_with_a_bad_name_uses_the_update_example()
    {
        Assert.Equal(
            "image \"demisto/X\" is not valid: image names are lower case; did you mean image=demisto/x?; write org/name or org/name:tag, e.g. demisto/example_name",
            Parsing.Error("/docker_image_update image=demisto/X").Message);
    }

    [Fact]
    public void The_first_mistake_from_the_left_is_reported()
    {
        var error = Parsing.Error("/docker_image_create packages=Wget name=Bad");

        Assert.StartsWith("package \"Wget\"", error.Message);
        Assert.Equal(31, error.Column);
    }

    [Fact]
    public void The_error_renders_with_column_and_usage()
    {
        Assert.Equal(
            "image name \"Bad\" is not valid: image names are lower case; did you mean name=bad? (column 27)\nusage: " + Parsing.CreateUsage,
            Parsing.Error("/docker_image_create name=Bad").ToString());
    }

    [Theory]
    [InlineData("a..b", 29)]
    [InlineData("x-", 28)]
    [InlineData("a._b", 29)]
    [InlineData("a___b", 30)]
    public void A_name_docker_would_refuse_is_refused_here(string name, int column)
    {
        Parsing.AssertError(
            $"/docker_image_create name={name}",
            $"image name \"{name}\" is not valid: '.', '_' and '-' go between letters or digits (one '.', one or two '_', any number of '-'), e.g. my_image.v2",
            column);
    }

    [Theory]
    [InlineData("my__image")]
    [InlineData("a--b")]
    [InlineData("v1.2_x-y")]
    public void Separators_docker_accepts_are_accepted(string name)
    {
        Assert.Equal(name, Parsing.Command<ChatOps.Parsers.Commands.CreateImageCommand>($"/docker_image_create name={name}").Name);
    }

    [Fact]
    public void A_stray_quoted_word_is_shown_with_its_own_quotes()
    {
        Parsing.AssertError(
            "/docker_images name=x \"extra\"",
            "expected key=value, found \"extra\"; valid keys: name, package",
            23);
    }

    [Fact]
    public void A_list_item_of_only_spaces_is_empty()
    {
        Parsing.AssertError(
            "/docker_image_create name=x packages=\"wget,  ,curl\"",
            "packages= has an empty list item; separate items with one comma, e.g. packages=wget,curl",
            44);
    }
}
