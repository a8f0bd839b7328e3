using ChatOps.ContentUpdates;
using ChatOps.Tests.ContentUpdates.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
}
