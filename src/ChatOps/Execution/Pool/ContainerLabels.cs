using ChatOps.Engine;
using ChatOps.Options;

namespace ChatOps.Execution.Pool;

/// <summary>
/// The labels on every script container: managed by chatops, which bot instance, which role. Cleanup lists by
/// all three, so a bot (or a test) only ever removes its own containers on a shared engine.
/// </summary>
internal sealed class ContainerLabels(ExecutorOptions options)
{
    public const string Managed = ManagedLabels.Managed;
    public const string Instance = "org.chatops.instance";
    public const string Role = ManagedLabels.Role;
    public const string ScriptRunner = ManagedLabels.ScriptRunner;

    public IReadOnlyDictionary<string, string> Mine { get; } = new Dictionary<string, string>
    {
        [Managed] = "true",
        [Instance] = options.InstanceId,
        [Role] = ScriptRunner,
    };
}
