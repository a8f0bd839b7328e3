using YamlDotNet.Core;

namespace ChatOps.ContentUpdates;

/// <summary>A sequence, flow ([a, b]) or block (- a).</summary>
internal sealed record EventSequence(Mark Start, IReadOnlyList<EventNode> Items) : EventNode(Start);
