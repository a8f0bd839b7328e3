using System.Net.Sockets;
using System.Text;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>
/// An HTTP/1.1 request written by hand on a TCP socket: the head and as much of the body as the test chooses,
/// never the rest. If the server waited for the whole body before answering, no status line would come and the
/// read fails after its timeout; an answer proves the server decided without the rest of the body.
/// </summary>
internal static class RawHttpExchange
{
    public static async Task<int> StatusAfterPartialBodyAsync(Uri server, string path, IEnumerable<(string Name, string Value)> headers, byte[] bodyPart)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(bodyPart);
        await stream.FlushAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new List<byte>();
        var buffer = new byte[256];
        while (!Encoding.ASCII.GetString(received.ToArray()).Contains("\r\n"))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0) throw new IOException("The server closed the connection without a status line.");
            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }
        var statusLine = Encoding.ASCII.GetString(received.ToArray()).Split("\r\n")[0];
        return int.Parse(statusLine.Split(' ')[1]);
    }

    /// <summary>One chunk of a chunked body, without the last (zero) chunk that would end it.</summary>
    public static byte[] Chunk(byte[] data) =>
        [.. Encoding.ASCII.GetBytes(data.Length.ToString("x") + "\r\n"), .. data, .. "\r\n"u8.ToArray()];
}
