using ChatOps.Replies;

namespace ChatOps.Engine;

/// <summary>The engine did not answer; the message says where we looked, the remedy how to start one.</summary>
public sealed class EngineUnavailableException(string endpoint, Exception inner)
    : Exception($"No Docker engine answers at {endpoint}: {inner.Message}.", inner), IHasRemedy
{
    public Remedy? Remedy { get; } = new("Ask an admin to start the bot's Docker engine.", "Start one (./chatops starts it for you) or set Docker__Endpoint.");
}
