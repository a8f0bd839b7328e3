using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatOps.Tests.Images.Support;

/// <summary>
/// Makes a real, installable pure-Python wheel in memory (PEP 427): one module (and any extra files), a .dist-info with METADATA (name,
/// version, License / License-Expression / Classifier / Requires-Dist lines as set), WHEEL and a RECORD with hashes.
/// Entries carry a fixed timestamp so the same builder gives the same bytes.
/// </summary>
public sealed class WheelBuilder(string name, string version)
{
    private static readonly DateTimeOffset FixedTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<string> _metadata = [];
    private readonly List<(string Path, byte[] Content)> _extraFiles = [];
    private string? _moduleSource;

    public string Name { get; } = name;

    public string Version { get; } = version;

    /// <summary>The import name of the wheel's module: the distribution name with '-' and '.' as '_', lower case.</summary>
    public string ModuleName => Regex.Replace(Name, "[-.]+", "_").ToLowerInvariant();

    /// <summary>PEP 427 file name: name-version-py3-none-any.whl with the name's separators as '_'.</summary>
    public string FileName => $"{Regex.Replace(Name, "[-_.]+", "_")}-{Version}-py3-none-any.whl";

    public WheelBuilder License(string license) => AddMetadata("License", license);

    public WheelBuilder LicenseExpression(string expression) => AddMetadata("License-Expression", expression);

    public WheelBuilder Classifier(string classifier) => AddMetadata("Classifier", classifier);

    public WheelBuilder RequiresDist(string requirement) => AddMetadata("Requires-Dist", requirement);

    /// <summary>The module's source; by default it defines VERSION.</summary>
    public WheelBuilder ModuleSource(string source)
    {
        _moduleSource = source;
        return this;
    }

    /// <summary>Another file installed beside the module, e.g. a .pth file, whose import lines Python runs at start-up.</summary>
    public WheelBuilder File(string path, string content)
    {
        _extraFiles.Add((path, Encoding.UTF8.GetBytes(content)));
        return this;
    }

    public byte[] Build()
    {
        var distInfo = $"{Regex.Replace(Name, "[-_.]+", "_")}-{Version}.dist-info";
        var files = new List<(string Path, byte[] Content)>
        {
            ($"{ModuleName}.py", Encoding.UTF8.GetBytes(_moduleSource ?? $"VERSION = \"{Version}\"\n")),
            ($"{distInfo}/METADATA", Encoding.UTF8.GetBytes(
                $"Metadata-Version: 2.1\nName: {Name}\nVersion: {Version}\n" + string.Concat(_metadata.Select(line => line + "\n")))),
            ($"{distInfo}/WHEEL", Encoding.UTF8.GetBytes("Wheel-Version: 1.0\nGenerator: chatops-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n")),
        };
        files.AddRange(_extraFiles);
        var record = new StringBuilder();
        foreach (var (path, content) in files)
        {
            var hash = Convert.ToBase64String(SHA256.HashData(content)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            record.Append($"{path},sha256={hash},{content.Length}\n");
        }
        record.Append($"{distInfo}/RECORD,,\n");
        files.Add(($"{distInfo}/RECORD", Encoding.UTF8.GetBytes(record.ToString())));

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    private WheelBuilder AddMetadata(string field, string value)
    {
        if (value.Contains('\n')) throw new ArgumentException($"{field} must be one line for this builder.", nameof(value));
        _metadata.Add($"{field}: {value}");
        return this;
    }
}
