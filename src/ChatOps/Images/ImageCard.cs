using System.Globalization;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>The card a create ends with: what was made and what is really inside it.</summary>
internal static class ImageCard
{
    public static CardReply Of(ImageRecord record)
    {
        var requested = ImageSpecRequest.Parse(record.Requested);
        var osPackages = record.OsPackages.ToDictionary(p => p.Name, StringComparer.Ordinal);
        return new CardReply(record.Reference,
        [
            new CardField("image", record.Reference),
            new CardField("id", ShortId(record.ImageId)) { Raw = record.ImageId },
            new CardField("size", ImageSizeFormatter.Format(record.Size)) { Raw = record.Size },
            new CardField("python", record.PythonVersion),
            new CardField("base", record.BaseImage),
            new CardField("python packages", string.Join(", ", record.Distributions.Select(d => $"{d.Name} {d.Version} ({LicenseOf(d)})")))
            {
                Raw = record.Distributions.Select(d => Named(("name", d.Name), ("version", d.Version), ("license", LicenseOf(d)))).ToList(),
            },
            new CardField("os packages", requested.Packages.Count == 0
                ? $"none requested ({record.OsPackages.Count} in the image)"
                : string.Join(", ", requested.Packages.Select(p => $"{p} {osPackages.GetValueOrDefault(p)?.Version ?? "?"}{LicenseShown(osPackages.GetValueOrDefault(p))}")) + $" ({record.OsPackages.Count} in the image)")
            {
                Raw = requested.Packages.Select(p => Named(("name", p), ("version", osPackages.GetValueOrDefault(p)?.Version), ("license", osPackages.GetValueOrDefault(p)?.License))).ToList(),
            },
            new CardField("build time", record.BuildTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s") { Raw = record.BuildTime },
        ]);
    }

    private static IReadOnlyDictionary<string, object?> Named(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    /// <summary>The licence by the one name the due-diligence table uses too.</summary>
    public static string LicenseOf(InstalledDistribution distribution) => LicenseName.Of(distribution);

    /// <summary>" (GPL-3)" after an OS package whose licence the image check read, as the due-diligence table shows it.</summary>
    private static string LicenseShown(OsPackageRecord? package) => package?.License is { } license ? $" ({license})" : "";

    public static string ShortId(string id) => (id.StartsWith("sha256:", StringComparison.Ordinal) ? id[7..] : id)[..12];
}
