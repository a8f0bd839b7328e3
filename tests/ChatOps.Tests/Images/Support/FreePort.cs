using System.Net;
using System.Net.Sockets;

namespace ChatOps.Tests.Images.Support;

/// <summary>A loopback TCP port nobody listened on a moment ago (for servers that cannot bind port 0 themselves).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
