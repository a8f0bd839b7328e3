using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Replies;
using ChatOps.Tests.Engine.Support;
using ChatOps.Tests.Execution.Support;
using ChatOps.Tests.Integrations.Support;
using Microsoft.Extensions.DependencyInjection;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>
/// Integration instances that require engine labels (Integrations:Instances:n:EngineLabels), over two real engines
/// of which only the second is labelled "vault": the instance's containers go only there, though the first comes
/// first in the configured order; a label no answering engine carries is refused with the admins' remedy.
/// </summary>
public sealed class InstanceEngineLabelsTests(TwoEnginesWithBaseImage engines) : IClassFixture<TwoEnginesWithBaseImage>, IAsyncLifetime
{
    private IntegrationHost _host = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(engines.AsEnginesOfCapacityOne())
        {
            ["Docker:Engines:0:Capacity"] = "4",
            ["Docker:Engines:1:Capacity"] = "4",
            ["Docker:Engines:1:Labels:0"] = "vault",
            // Instance 0 (A) needs the vault engine; instance 1 (B) a label no engine has.
            ["Integrations:Instances:0:EngineLabels:0"] = " vault ",
            ["Integrations:Instances:1:EngineLabels:0"] = "hsm",
        };
        _host = new IntegrationHost(settings: settings);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_instance_that_requires_a_label_runs_only_on_the_engine_that_carries_it()
    {
        for (var i = 0; i < 2; i++)
            Assert.Equal($"{_host.A} uses key <redacted>", Shown(await _host.Scripts.RunAsync("labels-vault", "standin-whoami", ("using", _host.A))));

        Assert.Equal(0, await MineOnAsync(engines.First));
        Assert.Equal(1, await MineOnAsync(engines.Second));
    }

    [Fact]
    public async Task A_label_that_no_engine_carries_is_refused_with_a_remedy_naming_the_settings_for_admins_only()
    {
        var replies = await _host.Scripts.RunAsync("labels-hsm", "standin-whoami", ("using", _host.B));

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.Equal("!standin-whoami could not start: No answering engine carries the label hsm that the container needs", error.Message);
        Assert.Contains("Docker:Engines", error.Remedy!.ForAdmin);
        Assert.Contains("EngineLabels under Integrations:Instances", error.Remedy.ForAdmin);
        Assert.Equal("Ask an admin for an engine labelled hsm.", error.Remedy.ForUser);
        Assert.Equal(0, await MineOnAsync(engines.First) + await MineOnAsync(engines.Second));
    }

    [Fact]
    public async Task A_label_whose_only_engine_is_silent_is_refused_and_names_that_engine()
    {
        // As the health monitor records an engine that stopped answering.
        _host.Scripts.Services.GetRequiredService<EngineHealthBoard>().Silent("second", "test: taken out of rotation");

        var replies = await _host.Scripts.RunAsync("labels-silent", "standin-whoami", ("using", _host.A));

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.Equal("!standin-whoami could not start: No answering engine carries the label vault that the container needs (second does, but is silent)", error.Message);
        Assert.Equal("Ask an admin for an engine labelled vault, or to bring second back.", error.Remedy!.ForUser);
        Assert.Equal(0, await MineOnAsync(engines.First));
    }

    private static string Shown(List<Reply> replies) => Texts.Of(replies.Last(r => r is not ProgressReply));

    private async Task<int> MineOnAsync(PrivateEngine engine)
    {
        using var set = new EngineSet(MsOptions.Create(new DockerOptions { Endpoint = engine.Endpoint }));
        var labels = new Dictionary<string, string> { [ManagedLabels.Managed] = "true", [ManagedLabels.Instance] = _host.Scripts.InstanceId };
        return (await set.Default.Containers.ListAsync(labels, CancellationToken.None)).Count;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
