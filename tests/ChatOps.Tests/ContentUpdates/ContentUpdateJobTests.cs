using ChatOps.ContentUpdates;
using ChatOps.Tests.ContentUpdates.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.ContentUpdates;

public sealed class ContentUpdateJobTests : IDisposable
{
    private readonly TempFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_job_is_registered_only_when_enabled()
    {
        await using var disabled = AppServices.Build(_content.Path, new FakeImageEngine());
        await using var enabled = AppServices.Build(_content.Path, new FakeImageEngine(), ("ContentUpdates:Enabled", "true"));

        Assert.DoesNotContain(disabled.GetServices<IHostedService>(), s => s is ContentUpdateJob);
        Assert.Single(enabled.GetServices<IHostedService>(), s => s is ContentUpdateJob);
    }

    [Fact]
    public async Task The_running_job_updates_the_configured_folder_at_start_and_again_each_interval()
    {
        ContentFixtures.WriteAll(_content);
        var engine = new FakeImageEngine(ContentFixtures.EngineTags);
        await using var services = AppServices.Build(_content.Path, engine, ("ContentUpdates:Enabled", "true"), ("ContentUpdates:Interval", "00:00:00.200"));
        var job = services.GetServices<IHostedService>().OfType<ContentUpdateJob>().Single();

        await job.StartAsync(CancellationToken.None);
        try
        {
            // Each run lists the engine once: a third listing means two runs ended and a third began.
            for (var waited = 0; engine.Calls < 3 && waited < 200; waited++) await Task.Delay(50);
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }

        Assert.True(engine.Calls >= 3, $"the job ran {engine.Calls} time(s) in 10 s");
        ExpectedContent.AssertFolder(_content, ExpectedContent.AlphaUpdated, ExpectedContent.BetaUpdated, ExpectedContent.GammaUpdated);
    }

    [Fact]
    public async Task An_enabled_job_without_a_positive_interval_is_refused_with_the_setting_to_fix()
    {
        await using var services = AppServices.Build(_content.Path, new FakeImageEngine(), ("ContentUpdates:Enabled", "true"), ("ContentUpdates:Interval", "00:00:00"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ContentUpdatesOptions>>().Value);

        Assert.Equal("ContentUpdates:Interval must be a positive duration such as 1.00:00:00 (one day)", error.Message);
    }
}
