namespace ChatOps.Execution.Loop;

/// <summary>
/// Collects the bytes of one line up to a limit and counts what goes over it, so a script printing a gigabyte
/// without a newline costs the server no more than the limit.
/// </summary>
internal sealed class LineAccumulator(int maxBytes)
{
    private byte[] _bytes = new byte[Math.Min(maxBytes, 4096)];
    private int _length;
    private long _dropped;

    public void Append(ReadOnlySpan<byte> data)
    {
        var keep = Math.Min(data.Length, maxBytes - _length);
        if (keep > 0)
        {
            if (_length + keep > _bytes.Length) Array.Resize(ref _bytes, Math.Min(maxBytes, Math.Max(_bytes.Length * 2, _length + keep)));
            data[..keep].CopyTo(_bytes.AsSpan(_length));
            _length += keep;
        }
        _dropped += data.Length - Math.Max(keep, 0);
    }

    /// <summary>The line so far (without a trailing CR) and the bytes dropped from it; starts the next line.</summary>
    public (byte[] Bytes, long Dropped) Take()
    {
        var length = _length > 0 && _bytes[_length - 1] == (byte)'\r' ? _length - 1 : _length;
        var line = (_bytes.AsSpan(0, length).ToArray(), _dropped);
        _length = 0;
        _dropped = 0;
        return line;
    }
}
