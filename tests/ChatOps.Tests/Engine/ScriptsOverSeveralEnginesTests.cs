using ChatOps.Engine;
using ChatOps.Replies;
using ChatOps.Tests.Engine.Support;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Engine;

/// <summary>
/// Content scripts through the script runner as the app wires it, over two real engines of capacity one each
/// (Docker:Engines): jobs at once spread over both and later jobs stay with the warm containers; one engine
/// killed mid-run fails only the job that had started there, and the other keeps answering.
/// </summary>
public sealed class ScriptsOverSeveralEnginesTests(TwoEnginesWithBaseImage engines) : IClassFixture<TwoEnginesWithBaseImage>, IAsyncLifetime
{
    private TestContent _content = null!;
    private ScriptHost _host = null!;

    public Task InitializeAsync()
    {
        _content = new TestContent(withRepositoryContent: false)
            .Script("SlowEcho", "import time\ntime.sleep(float(demisto.args()['seconds']))\ndemisto.results(demisto.args()['value'])", "- name: value\n  required: true\n- name: seconds\n  required: true");
        _host = new ScriptHost(_content.Folder, engines.AsEnginesOfCapacityOne());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Jobs_at_once_spread_over_both_engines_and_later_jobs_stay_with_their_warm_containers()
    {
        var together = await Task.WhenAll(
            _host.RunAsync("spread-a", "SlowEcho", ("value", "a"), ("seconds", "2")),
            _host.RunAsync("spread-b", "SlowEcho", ("value", "b"), ("seconds", "2")));
        var later = new List<List<Reply>>();
        for (var i = 0; i < 4; i++) later.Add(await _host.RunAsync("spread-c", "SlowEcho", ("value", $"c{i}"), ("seconds", "0")));

        Assert.Equal(["a", "b"], together.Select(Result));
        Assert.Equal(["c0", "c1", "c2", "c3"], later.Select(Result));
        Assert.Equal(1, await MineOnAsync(engines.First));
        Assert.Equal(1, await MineOnAsync(engines.Second));
    }

    [Fact]
    public async Task An_engine_killed_mid_run_fails_only_the_job_started_there_and_the_other_engine_keeps_answering()
    {
        // Which job lands on which engine is the scheduler's choice; one of them is on the engine that dies.
        var runs = new[] { Settle(_host.RunAsync("kill-a", "SlowEcho", ("value", "a"), ("seconds", "6"))), Settle(_host.RunAsync("kill-b", "SlowEcho", ("value", "b"), ("seconds", "6"))) };
        for (var attempt = 0; attempt < 200 && (await MineOnAsync(engines.First) == 0 || await MineOnAsync(engines.Second) == 0); attempt++) await Task.Delay(100);
        await Task.Delay(TimeSpan.FromSeconds(1)); // both jobs handed to their loops
        try
        {
            await engines.First.KillAsync();

            var outcomes = await Task.WhenAll(runs);
            var after = await _host.RunAsync("kill-c", "SlowEcho", ("value", "c"), ("seconds", "0"));

            var failed = Assert.IsType<EngineUnavailableException>(Assert.Single(outcomes, o => o.Failure is not null).Failure);
            Assert.StartsWith($"No Docker engine answers at {engines.First.Endpoint}:", failed.Message);
            Assert.Contains(Result(Assert.Single(outcomes, o => o.Failure is null).Replies!), new[] { "a", "b" });
            Assert.Equal("c", Result(after));
            // Not run again elsewhere: the other engine still has only the container of its own job.
            Assert.Equal(1, await MineOnAsync(engines.Second));
        }
        finally
        {
            await engines.First.StartAsync();
        }
    }

    /// <summary>What the user is shown last: the script's result (progress replies come before it).</summary>
    private static string Result(List<Reply> replies) => Texts.Of(replies[^1]);

    private static async Task<(List<Reply>? Replies, Exception? Failure)> Settle(Task<List<Reply>> run)
    {
        try
        {
            return (await run, null);
        }
        catch (Exception failure)
        {
            return (null, failure);
        }
    }

    private async Task<int> MineOnAsync(PrivateEngine engine)
    {
        using var set = new EngineSet(Microsoft.Extensions.Options.Options.Create(new ChatOps.Options.DockerOptions { Endpoint = engine.Endpoint }));
        var labels = new Dictionary<string, string> { [ManagedLabels.Managed] = "true", [ManagedLabels.Instance] = _host.InstanceId };
        return (await set.Default.Containers.ListAsync(labels, CancellationToken.None)).Count(c => c.State == "running");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _content.Dispose();
    }
}
