using ChatOps.Bots.Slack;
using ChatOps.Bots.Slack.FollowUp;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Tests.Slack;

public sealed class ResponseUrlPolicyTests
{
    private static ResponseUrlPolicy Policy(params string[] hosts) => new(Microsoft.Extensions.Options.Options.Create(new SlackOptions { ResponseUrlHosts = hosts }));

    [Fact]
    public void Slacks_own_hooks_host_is_accepted_by_default()
    {
        Assert.True(Policy().TryAccept("https://hooks.slack.com/commands/T1/2/abc", out var url, out _));
        Assert.Equal("hooks.slack.com", url!.Host);
    }

    [Theory]
    [InlineData("https://evil.example/commands/T1/2/abc", "not in Slack:ResponseUrlHosts")]
    [InlineData("https://hooks.slack.com.evil.example/x", "not in Slack:ResponseUrlHosts")]
    [InlineData("http://hooks.slack.com/commands/T1/2/abc", "must use https")]
    [InlineData("https://user:pw@hooks.slack.com/x", "credentials")]
    [InlineData("hooks.slack.com/commands", "not an absolute URL")]
    [InlineData("http://127.0.0.1:8080/hooks", "not in Slack:ResponseUrlHosts")]
    public void Anything_else_is_refused_by_default_with_the_reason(string candidate, string reason)
    {
        Assert.False(Policy().TryAccept(candidate, out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Plain_http_is_allowed_only_on_a_configured_loopback_host()
    {
        var policy = Policy("127.0.0.1", "localhost", "hooks.internal.example");
        Assert.True(policy.TryAccept("http://127.0.0.1:5000/hooks/x", out _, out _));
        Assert.True(policy.TryAccept("http://localhost:5000/hooks/x", out _, out _));
        Assert.False(policy.TryAccept("http://hooks.internal.example/hooks/x", out _, out var problem));
        Assert.Contains("must use https", problem);
        Assert.True(policy.TryAccept("https://hooks.internal.example/hooks/x", out _, out _));
    }

    [Fact]
    public void Configuring_hosts_replaces_the_default()
    {
        Assert.False(Policy("127.0.0.1").TryAccept("https://hooks.slack.com/x", out _, out _));
    }
}
