using ChatOps.Images;
using ChatOps.Options;
using ChatOps.Parsers.Commands;

namespace ChatOps.Tests.Images;

public sealed class CreateRequestValidatorTests
{
    private static readonly ImagesOptions Options = new() { AllowedOrgs = [ImagesOptions.DefaultAllowedOrg] };

    private static CreateImageCommand Command(string name = "example", PythonRequirement[]? dependencies = null, OsPackage[]? packages = null, ImageReference? baseImage = null) =>
        new(name, dependencies ?? [], packages ?? [], baseImage, false);

    [Fact]
    public void A_good_request_becomes_a_sorted_spec_under_the_org_on_the_default_base()
    {
        var (spec, refusal) = CreateRequestValidator.Validate(
            Command(dependencies: [new("requests", ["socks"], ">=2.31,<3"), new("mechanize", [], "")], packages: [new("wget", null), new("curl", "7.88.1-10+deb12u5")]),
            Options);

        Assert.Null(refusal);
        Assert.Equal("demisto/example", spec!.Repository);
        Assert.Equal("demisto/python3-deb:3.11.2.1", spec.Base.ToString());
        Assert.Equal(["mechanize", "requests[socks]>=2.31,<3"], spec.Dependencies.Select(d => d.ToString()));
        Assert.Equal(["curl=7.88.1-10+deb12u5", "wget"], spec.Packages.Select(p => p.ToString()));
    }

    [Fact]
    public void A_create_with_an_upper_case_name_is_refused()
    {
        var (spec, refusal) = CreateRequestValidator.Validate(Command(name: "Example"), Options);

        Assert.Null(spec);
        Assert.StartsWith("name 'Example' is not allowed: lower-case letters", refusal);
    }

    [Fact]
    public void A_name_under_another_org_is_refused()
    {
        var (_, refusal) = CreateRequestValidator.Validate(Command(name: "other/example"), Options);

        Assert.StartsWith("name 'other/example' is not allowed", refusal);
    }

    [Fact]
    public void A_base_of_another_org_is_refused()
    {
        var (_, refusal) = CreateRequestValidator.Validate(Command(baseImage: new ImageReference("python/python3", "3.11")), Options);

        Assert.Equal("The base image python/python3:3.11 belongs to organisation \"python\"; only images of demisto are accepted (e.g. demisto/python3:1.0.0.1).", refusal);
    }

    [Fact]
    public void A_base_without_an_organisation_is_an_image_name_of_no_allowed_organisation_not_a_malformed_one()
    {
        var (_, refusal) = CreateRequestValidator.Validate(Command(baseImage: new ImageReference("ubuntu", "22.04")), Options);

        Assert.StartsWith("The base image ubuntu:22.04 belongs to no organisation; only images of demisto are accepted", refusal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("latest")]
    public void A_base_without_a_fixed_tag_is_refused(string? tag)
    {
        var (_, refusal) = CreateRequestValidator.Validate(Command(baseImage: new ImageReference("demisto/python3-deb", tag)), Options);

        Assert.EndsWith("which can point at a different image tomorrow; name an exact tag, demisto/python3-deb:<version> (`/docker_images name=python3-deb` lists the tags there are).", refusal);
    }

    [Fact]
    public void A_base_tag_with_characters_a_tag_cannot_have_is_refused()
    {
        var (_, refusal) = CreateRequestValidator.Validate(Command(baseImage: new ImageReference("demisto/python3-deb", "3.11;id")), Options);

        Assert.Equal("base 'demisto/python3-deb:3.11;id' has a tag with characters a tag cannot have (e.g. base=demisto/python3-deb:3.11.2.1).", refusal);
    }

    public static TheoryData<string> Hostile => new()
    {
        "a\nRUN id", "a;id", "a && id", "a$(id)", "a`id`", "a'b", "a\"b", "--index-url", "-r /etc/passwd", "-r", "git+https://evil/x",
        "../x", "/etc/passwd", "a b", "reque\u0455ts" /* Cyrillic dze */, "\u212Aeyring" /* Kelvin sign */, "a\u0000", "requests\n",
        "https://evil/x.whl", "a|b", "a>b", "",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_is_refused_as_a_name(string text) =>
        AssertRefused(Command(name: text));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_is_refused_as_a_dependency_name(string text) =>
        AssertRefused(Command(dependencies: [new PythonRequirement(text, [], "")]));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_is_refused_as_a_dependency_extra(string text) =>
        AssertRefused(Command(dependencies: [new PythonRequirement("requests", [text], "")]));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_is_refused_as_a_version_specifier(string text)
    {
        if (text.Length == 0) return; // an empty specifier means "any version", which is fine
        AssertRefused(Command(dependencies: [new PythonRequirement("requests", [], "==1.0" + text)]));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_is_refused_as_an_os_package(string text)
    {
        AssertRefused(Command(packages: [new OsPackage(text, null)]));
        AssertRefused(Command(packages: [new OsPackage("wget", text)]));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_is_refused_in_a_base(string text)
    {
        AssertRefused(Command(baseImage: new ImageReference("demisto/" + text, "3.11")));
        AssertRefused(Command(baseImage: new ImageReference("demisto/python3-deb", text)));
    }

    private static void AssertRefused(CreateImageCommand command)
    {
        var (spec, refusal) = CreateRequestValidator.Validate(command, Options);
        Assert.Null(spec);
        Assert.False(string.IsNullOrWhiteSpace(refusal));
    }
}
