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
    [InlineData("https://hooks.slack.com:8443/commands/T1/2/abc", "https://hooks.slack.com:8443 (scheme, host and port) is not in Slack:ResponseUrlHosts")]
    [InlineData("ftp://hooks.slack.com/commands", "must use https")]
    public void Anything_else_is_refused_by_default_with_the_reason(string candidate, string reason)
    {
        Assert.False(Policy().TryAccept(candidate, out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Plain_http_is_allowed_only_on_a_configured_loopback_origin_and_port()
    {
        var policy = Policy("http://127.0.0.1:5000", "http://localhost:5000", "hooks.internal.example");
        Assert.True(policy.TryAccept("http://127.0.0.1:5000/hooks/x", out _, out _));
        Assert.True(policy.TryAccept("http://localhost:5000/hooks/x", out _, out _));
        Assert.False(policy.TryAccept("http://127.0.0.1:5001/hooks/x", out _, out var otherPort));
        Assert.Contains("http://127.0.0.1:5001 (scheme, host and port) is not in", otherPort);
        Assert.False(policy.TryAccept("https://127.0.0.1:5000/hooks/x", out _, out _));
        Assert.False(policy.TryAccept("http://hooks.internal.example/hooks/x", out _, out var plain));
        Assert.Contains("must use https", plain);
        Assert.True(policy.TryAccept("https://hooks.internal.example/hooks/x", out _, out _));
    }

    [Fact]
    public void A_bare_host_means_https_on_port_443_only()
    {
        var policy = Policy("hooks.internal.example");
        Assert.True(policy.TryAccept("https://hooks.internal.example:443/x", out _, out _));
        Assert.False(policy.TryAccept("https://hooks.internal.example:444/x", out _, out _));
    }

    [Fact]
    public void An_https_origin_allows_its_own_port()
    {
        var policy = Policy("https://hooks.internal.example:8443");
        Assert.True(policy.TryAccept("https://hooks.internal.example:8443/x", out _, out _));
        Assert.False(policy.TryAccept("https://hooks.internal.example/x", out _, out _));
    }

    [Theory]
    [InlineData("http://hooks.internal.example")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("https://hooks.slack.com/commands")]
    [InlineData("https://user@hooks.slack.com")]
    public void An_entry_that_would_allow_plain_http_off_loopback_or_is_not_an_origin_stops_the_start(string entry)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Policy(entry));
        Assert.Contains($"Slack:ResponseUrlHosts entry '{entry}'", failure.Message);
    }

    [Fact]
    public void Configuring_hosts_replaces_the_default()
    {
        Assert.False(Policy("http://127.0.0.1:5000").TryAccept("https://hooks.slack.com/x", out _, out _));
    }
}
