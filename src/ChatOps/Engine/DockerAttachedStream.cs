using Docker.DotNet;

namespace ChatOps.Engine;

/// <summary>IAttachedStream over Docker.DotNet's multiplexed attach stream.</summary>
internal sealed class DockerAttachedStream(MultiplexedStream stream) : IAttachedStream
{
    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        // MultiplexedStream takes arrays only; the job line is usually an array already.
        var segment = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(data, out var array) ? array : new ArraySegment<byte>(data.ToArray());
        await stream.WriteAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken);
    }

    public async Task<AttachedRead> ReadAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var result = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken);
        return new AttachedRead(result.Count, result.Target == MultiplexedStream.TargetStream.StandardError, result.EOF);
    }

    public void Dispose() => stream.Dispose();
}
