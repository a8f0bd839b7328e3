using System.Text;
using ChatOps.Engine;

namespace ChatOps.Execution.Loop;

/// <summary>
/// Splits an attach stream into stdout lines (the protocol) and stderr lines (what a script or its children write
/// on their own), each bounded in length.
/// </summary>
internal sealed class LoopLineReader(IAttachedStream stream, int maxLineBytes)
{
    private readonly byte[] _chunk = new byte[32 * 1024];
    private readonly LineAccumulator _stdout = new(maxLineBytes);
    private readonly LineAccumulator _stderr = new(maxLineBytes);
    private int _start;
    private int _end;

    /// <summary>Receives every complete stderr line (decoded, bytes dropped) while stdout is read.</summary>
    public Action<string, long>? StandardErrorLine { get; set; }

    /// <summary>The next stdout line, or null when the container's output ended.</summary>
    public async ValueTask<LoopLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_start < _end)
            {
                var pending = _chunk.AsSpan(_start, _end - _start);
                var newline = pending.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    _stdout.Append(pending);
                    _start = _end;
                    continue;
                }
                _stdout.Append(pending[..newline]);
                _start += newline + 1;
                var (bytes, dropped) = _stdout.Take();
                return new LoopLine(bytes, dropped);
            }

            var read = await stream.ReadAsync(_chunk, cancellationToken);
            if (read.EndOfStream || read.Count == 0) return null;
            if (read.FromStandardError)
            {
                FeedStandardError(_chunk.AsSpan(0, read.Count));
                continue;
            }
            _start = 0;
            _end = read.Count;
        }
    }

    private void FeedStandardError(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var newline = data.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _stderr.Append(data);
                return;
            }
            _stderr.Append(data[..newline]);
            data = data[(newline + 1)..];
            var (bytes, dropped) = _stderr.Take();
            StandardErrorLine?.Invoke(Encoding.UTF8.GetString(bytes), dropped);
        }
    }
}
