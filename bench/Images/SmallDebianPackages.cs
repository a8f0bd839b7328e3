namespace ChatOps.Bench.Images;

/// <summary>
/// Pairs of small Debian bookworm packages that each install alone on the default base (no new dependencies) and
/// are about the same size, so the bot and `docker build` get comparable work and neither hits a layer the other
/// made. Measured with `apt-get install -s` and Installed-Size (KiB) against the seeded base image.
/// </summary>
internal static class SmallDebianPackages
{
    public static IReadOnlyList<(string First, string Second)> Pairs { get; } =
    [
        ("tree", "tnef"),       // 113, 110
        ("pv", "xxd"),          // 135, 135
        ("time", "ed"),         // 129, 108
        ("netcat-traditional", "apg"), // 143, 142
        ("dtach", "pwgen"),     // 50, 51
        ("tofrodos", "ncal"),   // 51, 58
        ("ccrypt", "bc"),       // 181, 241
        ("hello", "less"),      // 277, 313
    ];
}
