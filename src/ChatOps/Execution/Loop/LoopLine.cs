namespace ChatOps.Execution.Loop;

/// <summary>One line the loop wrote on stdout; Dropped counts the bytes cut off a line over the length limit.</summary>
internal readonly record struct LoopLine(byte[] Bytes, long Dropped)
{
    public bool Truncated => Dropped > 0;
}
