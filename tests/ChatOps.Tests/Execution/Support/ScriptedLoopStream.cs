using System.Text;
using System.Threading.Channels;
using ChatOps.Engine;

namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// A stand-in for a container's attach stream: every line the server writes is recorded and answered by the
/// given function. An answer starting "stderr:" arrives on stderr, "EOF" ends the output.
/// </summary>
internal sealed class ScriptedLoopStream(Func<string, IEnumerable<string>> respond) : IAttachedStream
{
    private readonly Channel<(byte[] Data, bool StandardError)> _output = Channel.CreateUnbounded<(byte[], bool)>();
    private readonly StringBuilder _partial = new();
    private (byte[] Data, bool StandardError, int Offset)? _pending;

    public List<string> Written { get; } = [];

    public bool Disposed { get; private set; }

    public Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        _partial.Append(Encoding.UTF8.GetString(data.Span));
        var text = _partial.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0) return Task.CompletedTask;
        _partial.Clear().Append(text[(end + 1)..]);
        foreach (var line in text[..end].Split('\n'))
        {
            lock (Written) Written.Add(line);
            foreach (var answer in respond(line)) Emit(answer);
        }
        return Task.CompletedTask;
    }

    public void Emit(string answer)
    {
        if (answer == "EOF") _output.Writer.TryComplete();
        else if (answer.StartsWith("stderr:", StringComparison.Ordinal)) _output.Writer.TryWrite((Encoding.UTF8.GetBytes(answer[7..] + "\n"), true));
        else _output.Writer.TryWrite((Encoding.UTF8.GetBytes(answer + "\n"), false));
    }

    public async Task<AttachedRead> ReadAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        if (_pending is null)
        {
            if (!await _output.Reader.WaitToReadAsync(cancellationToken)) return new AttachedRead(0, false, true);
            var (data, standardError) = await _output.Reader.ReadAsync(cancellationToken);
            _pending = (data, standardError, 0);
        }
        var (bytes, fromStandardError, offset) = _pending.Value;
        var count = Math.Min(buffer.Length, bytes.Length - offset);
        Array.Copy(bytes, offset, buffer, 0, count);
        _pending = offset + count < bytes.Length ? (bytes, fromStandardError, offset + count) : null;
        return new AttachedRead(count, fromStandardError, false);
    }

    public void Dispose()
    {
        Disposed = true;
        _output.Writer.TryComplete();
    }

    /// <summary>A well-behaved loop: pong to ping, and for every job line the given messages then completed
    /// (unless the messages end with "HANG": a script that never finishes).</summary>
    public static ScriptedLoopStream Loop(Func<string, IEnumerable<string>>? job = null) => new(line =>
    {
        if (line == "ping") return ["""{"type":"pong"}"""];
        var messages = (job?.Invoke(line) ?? []).ToList();
        return messages.LastOrDefault() == "HANG" ? messages[..^1] : messages.Append("""{"type":"completed"}""");
    });
}
