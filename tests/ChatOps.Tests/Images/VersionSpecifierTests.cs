using ChatOps.Images;

namespace ChatOps.Tests.Images;

public sealed class VersionSpecifierTests
{
    [Theory]
    [InlineData("", "2.31.0", true)]
    [InlineData(">=2.31", "2.31.0", true)]
    [InlineData(">=2.31,<3", "3.0", false)]
    [InlineData("==2.31.0", "2.31", true)]
    [InlineData("==2.*", "2.31.0", true)]
    [InlineData("!=2.*", "2.31.0", false)]
    [InlineData("~=2.2", "2.9", true)]
    [InlineData("~=2.2", "3.0", false)]
    [InlineData("~=2.2.1", "2.3", false)]
    [InlineData(">1.0", "1.0", false)]
    [InlineData(">=1.0", "1.0rc1", false)]
    public void An_installed_release_is_checked_against_the_specifier(string specifier, string version, bool satisfied) =>
        Assert.Equal(satisfied, VersionSpecifier.IsSatisfiedBy(specifier, version));
}
