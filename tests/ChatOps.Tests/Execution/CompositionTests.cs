using ChatOps.App;
using ChatOps.Execution;
using ChatOps.Execution.Pool;
using ChatOps.Routing;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution;

/// <summary>The app's own host wires the feature, with paths relative to the folder of appsettings.json.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void The_app_host_registers_the_script_handler_help_and_loop_from_the_repository()
    {
        // Built, never started: starting would run the janitor for the "default" instance on a shared engine.
        using var host = HostFactory.Build(RepositoryRoot.Path);

        Assert.Contains(host.Services.GetServices<ICommandHandler>(), h => h is RunScriptHandler);
        Assert.Contains("!Print", host.Services.GetServices<IHelpTopicProvider>().SelectMany(p => p.Topics));
        Assert.Equal(RepositoryRoot.LoopScript, host.Services.GetRequiredService<LoopScriptArchive>().Path);
    }
}
