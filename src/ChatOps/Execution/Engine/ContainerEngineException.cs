using ChatOps.Replies;

namespace ChatOps.Execution.Engine;

/// <summary>The engine refused or failed a container operation; the message is fit to show in chat, the remedy is the inner one's.</summary>
public sealed class ContainerEngineException(string message, Exception? inner = null) : Exception(message, inner), IHasRemedy
{
    public Remedy? Remedy => (InnerException as IHasRemedy)?.Remedy;
}
