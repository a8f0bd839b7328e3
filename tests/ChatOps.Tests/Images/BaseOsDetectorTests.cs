using ChatOps.Images;

namespace ChatOps.Tests.Images;

public sealed class BaseOsDetectorTests
{
    [Theory]
    [InlineData("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n", BaseOs.Debian)]
    [InlineData("NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\n", BaseOs.Debian)]
    [InlineData("NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.18.4\n", BaseOs.Alpine)]
    public void The_os_family_is_read_from_os_release(string osRelease, BaseOs expected) =>
        Assert.Equal(expected, BaseOsDetector.Parse(osRelease));

    [Fact]
    public void An_os_that_is_neither_debian_nor_alpine_is_not_guessed() =>
        Assert.Null(BaseOsDetector.Parse("ID=fedora\nID_LIKE=\"rhel centos\"\n"));
}
