using YamlDotNet.Core;

namespace ChatOps.ContentUpdates;

/// <summary>An alias (*name). Kept as such: an anchored value shared by several keys is never edited through one of them.</summary>
internal sealed record EventAlias(Mark Start, string Anchor) : EventNode(Start);
