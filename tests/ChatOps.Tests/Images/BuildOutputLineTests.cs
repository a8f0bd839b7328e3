using ChatOps.Images;

namespace ChatOps.Tests.Images;

public sealed class BuildOutputLineTests
{
    [Theory]
    [InlineData("Step 3/7 : RUN apt-get update")]
    [InlineData("---> Running in 8c24d76b41b2")]
    [InlineData("---> 1a2b3c4d5e6f")]
    [InlineData("Removing intermediate container 8c24d76b41b2")]
    [InlineData("Successfully built 1a2b3c4d5e6f")]
    [InlineData("Successfully tagged chatops-staging/x:1.0.0.1-abc")]
    [InlineData("\u001b[0m")]
    public void The_engines_bookkeeping_and_empty_lines_are_not_shown(string line)
    {
        Assert.Null(BuildOutputLine.Clean(line));
    }

    [Theory]
    [InlineData("\u001b[1;32mSetting up wget (1.21.3-1+b2) ...\u001b[0m", "Setting up wget (1.21.3-1+b2) ...")]
    [InlineData("Progress: [ 20%]\rProgress: [ 80%]\r", "Progress: [ 80%]")]
    [InlineData("\u001b]0;title\u0007Collecting requests", "Collecting requests")]
    [InlineData("---> Using cache", "Using cache")]
    public void Output_is_shown_without_escape_codes_and_as_last_redrawn(string line, string shown)
    {
        Assert.Equal(shown, BuildOutputLine.Clean(line));
    }
}
