using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Policy;

public sealed class ImagePolicyTests
{
    private readonly ImagePolicy _policy = new(MsOptions.Create(new ImagesOptions { AllowedOrgs = ["demisto", "acme"] }));

    [Theory]
    [InlineData(ImagePurpose.Base)]
    [InlineData(ImagePurpose.UpdateTarget)]
    [InlineData(ImagePurpose.Script)]
    public void An_image_of_an_allowed_organisation_with_an_exact_tag_passes(ImagePurpose purpose)
    {
        Assert.Null(_policy.Check(new ImageReference("demisto/python3-deb", "3.11.2.1"), purpose));
        Assert.Null(_policy.Check(new ImageReference("acme/tools", "1.0.0.7"), purpose));
    }

    [Fact]
    public void An_image_of_another_organisation_is_refused_naming_the_allowed_ones()
    {
        var refusal = _policy.Check(new ImageReference("evil/python3-deb", "3.11.2.1"), ImagePurpose.Base);

        Assert.Equal("The base image evil/python3-deb:3.11.2.1 belongs to organisation \"evil\"; only images of demisto, acme are accepted (e.g. demisto/python3-deb:1.0.0.1).", refusal);
    }

    [Fact]
    public void An_image_without_an_organisation_is_refused()
    {
        var refusal = _policy.Check(new ImageReference("python", "3.11"), ImagePurpose.Script);

        Assert.Equal("The script image python:3.11 belongs to no organisation; only images of demisto, acme are accepted (e.g. demisto/python:1.0.0.1).", refusal);
    }

    [Fact]
    public void The_latest_tag_is_refused_in_favour_of_an_exact_one()
    {
        var refusal = _policy.Check(new ImageReference("demisto/python3-deb", "latest"), ImagePurpose.Base);

        Assert.Equal("The base image demisto/python3-deb:latest has the tag latest, which can point at a different image tomorrow; name an exact tag, demisto/python3-deb:<version> (`/docker_images name=python3-deb` lists the tags there are).", refusal);
    }

    [Theory]
    [InlineData(ImagePurpose.Base)]
    [InlineData(ImagePurpose.Script)]
    public void No_tag_is_refused_for_a_base_or_a_script_image(ImagePurpose purpose)
    {
        var refusal = _policy.Check(new ImageReference("demisto/python3-deb", null), purpose);

        Assert.NotNull(refusal);
        Assert.Contains("has no tag", refusal);
    }

    [Fact]
    public void An_update_target_may_name_the_repository_without_a_tag_but_not_latest()
    {
        Assert.Null(_policy.Check(new ImageReference("demisto/example", null), ImagePurpose.UpdateTarget));
        Assert.NotNull(_policy.Check(new ImageReference("demisto/example", "latest"), ImagePurpose.UpdateTarget));
        Assert.NotNull(_policy.Check(new ImageReference("other/example", null), ImagePurpose.UpdateTarget));
    }
}
