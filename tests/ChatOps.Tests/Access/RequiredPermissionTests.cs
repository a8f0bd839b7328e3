using ChatOps.Access;

namespace ChatOps.Tests.Access;

public sealed class RequiredPermissionTests
{
    [Theory]
    [InlineData("scripts.run:Print", "scripts.run:Print", true)]
    [InlineData("scripts.run:Print", "scripts.run", true)]
    [InlineData("scripts.run:Print", "scripts.run:PrintAll", false)]
    [InlineData("scripts.run:Print", "scripts.runner", false)]
    [InlineData("integrations.run:helloworld", "integrations.run", true)]
    [InlineData("integrations.run:helloworld", "integrations.run:other", false)]
    [InlineData("images.create", "images.list", false)]
    public void A_granted_permission_covers_itself_and_its_children_only(string required, string granted, bool covered)
    {
        Assert.Equal(covered, new RequiredPermission(required).IsCoveredBy(granted));
    }

    [Fact]
    public void A_tag_grant_covers_a_script_with_that_tag_and_no_other()
    {
        Assert.True(new RequiredPermission("scripts.run:Print", ["Utility"]).IsCoveredBy("scripts.run:tag:Utility"));
        Assert.False(new RequiredPermission("scripts.run:Print", ["Other"]).IsCoveredBy("scripts.run:tag:Utility"));
        Assert.False(new RequiredPermission("integrations.run:x", ["Utility"]).IsCoveredBy("scripts.run:tag:Utility"));
    }
}
