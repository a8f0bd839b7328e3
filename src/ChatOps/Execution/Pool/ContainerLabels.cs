using ChatOps.Engine;
using ChatOps.Options;

namespace ChatOps.Execution.Pool;

/// <summary>
/// The labels on every script container (<see cref="ManagedLabels"/>: managed, script-runner, this bot's instance).
/// Cleanup lists by all three, so a bot (or a test) only ever removes its own containers on a shared engine.
/// </summary>
internal sealed class ContainerLabels(ExecutorOptions options)
{
    public IReadOnlyDictionary<string, string> Mine { get; } =
        new Dictionary<string, string>(ManagedLabels.For(ManagedLabels.ScriptRunner)) { [ManagedLabels.Instance] = options.InstanceId };
}
