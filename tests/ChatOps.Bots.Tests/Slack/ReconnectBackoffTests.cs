using ChatOps.Bots.Slack;
using ChatOps.Bots.Slack.SocketMode;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Tests.Slack;

public sealed class ReconnectBackoffTests
{
    private static ReconnectBackoff Backoff(int seed) => new(Microsoft.Extensions.Options.Options.Create(new SlackOptions
    {
        ReconnectInitialDelay = TimeSpan.FromSeconds(1),
        ReconnectMaxDelay = TimeSpan.FromSeconds(60),
    }), new Random(seed));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 8)]
    [InlineData(5, 32)]
    [InlineData(6, 60)]
    [InlineData(40, 60)]
    public void Each_delay_lies_between_half_and_all_of_the_doubled_ceiling(int failures, double ceilingSeconds)
    {
        var backoff = Backoff(seed: failures);
        for (var i = 0; i < 50; i++)
        {
            var delay = backoff.Delay(failures).TotalSeconds;
            Assert.InRange(delay, ceilingSeconds / 2, ceilingSeconds);
        }
    }

    [Fact]
    public void Delays_are_jittered_not_all_equal()
    {
        var backoff = Backoff(seed: 7);
        var delays = Enumerable.Range(0, 20).Select(_ => backoff.Delay(4)).Distinct().Count();
        Assert.True(delays > 10, $"only {delays} distinct delays out of 20");
    }
}
