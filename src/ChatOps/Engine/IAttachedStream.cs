namespace ChatOps.Engine;

/// <summary>An attach connection: bytes to the container's stdin, frames from its stdout and stderr.</summary>
public interface IAttachedStream : IDisposable
{
    Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Reads the next chunk of output; Count 0 with EndOfStream when the container's output ended.</summary>
    Task<AttachedRead> ReadAsync(byte[] buffer, CancellationToken cancellationToken);
}
