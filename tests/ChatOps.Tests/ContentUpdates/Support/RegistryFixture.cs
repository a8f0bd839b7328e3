using System.Formats.Tar;
using System.Text;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>
/// A real registry (Debian's docker-registry, started by the shared LocalRegistry) on 127.0.0.1,
/// holding one uniquely named image under several tags: versions, "latest" and non-numeric ones. The image is a
/// one-file import (fast to push); every local tag made for the push is removed again, the engine is shared.
/// </summary>
public sealed class RegistryFixture : IAsyncLifetime
{
    public static readonly string[] PushedTags = ["1.0.0.1", "1.0.0.2", "1.0.0.9", "1.0.0.10", "latest", "nightly", "1.0.1-rc1"];

    private LocalRegistry? _registry;

    /// <summary>host:port of the registry.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The image the registry holds, e.g. demisto/xyz-1a2b3c4d5e6f.</summary>
    public string Repository { get; } = "demisto/xyz-" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        _registry = await LocalRegistry.StartAsync();
        Address = _registry.Host;

        var remote = $"{Address}/{Repository}";
        Docker(Tar(), "import", "--change", "LABEL chatops.test=updater", "-", $"{remote}:{PushedTags[0]}");
        try
        {
            foreach (var tag in PushedTags.Skip(1)) Docker(null, "tag", $"{remote}:{PushedTags[0]}", $"{remote}:{tag}");
            foreach (var tag in PushedTags) Docker(null, "push", "--quiet", $"{remote}:{tag}");
        }
        finally
        {
            Docker(null, ["rmi", .. PushedTags.Select(tag => $"{remote}:{tag}")]);
        }
    }

    public async Task DisposeAsync()
    {
        if (_registry is not null) await _registry.DisposeAsync();
    }

    public static string Docker(byte[]? input, params string[] arguments) => Tool.Run("docker", Path.GetTempPath(), arguments, input);

    private byte[] Tar()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "marker") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Repository)) };
            writer.WriteEntry(entry);
        }
        return tar.ToArray();
    }
}
