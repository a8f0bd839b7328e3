using YamlDotNet.Core;

namespace ChatOps.ContentUpdates;

/// <summary>
/// A YAML node as the parser's events describe it, keeping each scalar's event (value, style, Start/End marks)
/// so a value can be edited in the original text instead of re-serialising the file.
/// </summary>
internal abstract record EventNode(Mark Start);
