using ChatOps.Engine;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy.OsPackages;

/// <summary>
/// Reads a base image's whole package index in one short-lived container (host networking, removed after): apt-get
/// update (or apk update) and then every package name, version and virtual name, as "P\tname\tversion" and
/// "V\tvirtual\tprovider" lines. No user text goes into this container at all: the names asked for are looked up
/// in the answer afterwards, so nothing typed in chat ever reaches apt-cache or apk as a pattern.
/// </summary>
internal sealed class OsPackageIndexReader(IImageCommandRunner runner, IOptions<PolicyOptions> options)
{
    /// <summary>Printed last, so an answer cut short (a killed container, a full log) is never taken for a small index.</summary>
    private const string EndMarker = "end";

    /// <summary>
    /// Exit 3: the index could not be fetched; exit 4: neither apt nor apk; exit 5: it was fetched but not read.
    /// Debian: the lists apt fetched (apt-cache dumpavail, whatever their compression) plus what dpkg has installed.
    /// Alpine: every APKINDEX apk fetched plus the installed database. Files, not pipes, because dash has no pipefail.
    /// </summary>
    internal const string Script = """
        if command -v apt-get >/dev/null 2>&1; then
          apt-get update -qq >/dev/null 2>&1 || exit 3
          apt-cache dumpavail > /tmp/chatops-index || exit 5
          awk '
            /^Package: / { name = $2 }
            /^Version: / { print "P\t" name "\t" $2 }
            /^Provides: / { n = split(substr($0, 11), items, ","); for (i = 1; i <= n; i++) { split(items[i], word, " "); if (word[1] != "") print "V\t" word[1] "\t" name } }
          ' /tmp/chatops-index || exit 5
          dpkg-query -W -f '${db:Status-Abbrev}\t${Package}\t${Version}\n' > /tmp/chatops-installed || exit 5
          awk -F '\t' '$1 ~ /^ii/ { print "P\t" $2 "\t" $3 }' /tmp/chatops-installed || exit 5
        elif command -v apk >/dev/null 2>&1; then
          apk update -q >/dev/null 2>&1 || exit 3
          for f in /var/cache/apk/APKINDEX.*.tar.gz; do tar -xzOf "$f" APKINDEX || exit 5; done > /tmp/chatops-index
          cat /lib/apk/db/installed >> /tmp/chatops-index 2>/dev/null
          awk '
            /^P:/ { name = substr($0, 3) }
            /^V:/ { print "P\t" name "\t" substr($0, 3) }
            /^p:/ { n = split(substr($0, 3), items, " "); for (i = 1; i <= n; i++) { sub(/[=<>~].*/, "", items[i]); print "V\t" items[i] "\t" name } }
          ' /tmp/chatops-index || exit 5
        else
          exit 4
        fi
        echo end
        """;

    /// <summary>The index lines of an image, run by its id; <paramref name="image"/> is the name messages use.</summary>
    /// <exception cref="EngineOperationException">The index could not be read; the message says why.</exception>
    public async Task<string> ReadAsync(string imageId, string image, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(imageId, ["sh", "-c", Script], options.Value.OsPackageCheckTimeout, cancellationToken);
        var output = result.Output.TrimEnd();
        return result.ExitCode switch
        {
            0 when output.EndsWith("\n" + EndMarker, StringComparison.Ordinal) => output[..^EndMarker.Length],
            0 => throw new EngineOperationException($"{image} printed an incomplete package index; try again."),
            3 => throw new EngineOperationException($"{image} could not read its package index (apt-get/apk update failed: is its mirror reachable?)."),
            4 => throw new EngineOperationException($"{image} has neither apt nor apk, so OS packages cannot be installed in it."),
            5 => throw new EngineOperationException($"{image} fetched its package index but could not list it: {result.Error.Trim()}"),
            _ => throw new EngineOperationException($"Reading the package index of {image} failed with exit code {result.ExitCode}: {result.Error.Trim()}"),
        };
    }
}
