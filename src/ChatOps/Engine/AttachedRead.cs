namespace ChatOps.Engine;

/// <summary>One chunk read from an attach stream and which of the container's streams it came from.</summary>
public readonly record struct AttachedRead(int Count, bool FromStandardError, bool EndOfStream);
