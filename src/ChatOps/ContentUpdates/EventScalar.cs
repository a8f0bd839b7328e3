using YamlDotNet.Core.Events;

namespace ChatOps.ContentUpdates;

/// <summary>A scalar with its parser event: Start and End marks span the value as written, quotes included.</summary>
internal sealed record EventScalar(Scalar Event) : EventNode(Event.Start)
{
    public string Value => Event.Value;
}
