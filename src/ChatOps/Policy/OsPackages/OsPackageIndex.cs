using ChatOps.Parsers.Commands;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy;

/// <summary>
/// Asks a base image's own package index which OS packages it has: one short-lived container (host networking,
/// removed after) reads the index (apt-get update, or apk update on Alpine) and tests each package. The names
/// travel as positional arguments of a fixed script ("$@"), never spliced into it.
/// </summary>
internal sealed class OsPackageIndex(IImageCommandRunner runner, IOptions<PolicyOptions> options)
{
    private const string MissingMarker = "missing ";

    /// <summary>
    /// Exit 3: the index could not be read; exit 4: neither apt nor apk. A name starting with '-' (the parser never lets one
    /// through) is reported missing rather than read as an option. For Debian a "name=version" argument also
    /// needs that exact version among the candidates (apt-cache show ignores a version it does not have).
    /// </summary>
    internal const string Script = """
        if command -v apt-get >/dev/null 2>&1; then
          apt-get update -qq >/dev/null 2>&1 || exit 3
          for spec in "$@"; do
            case "$spec" in -*) echo "missing $spec"; continue ;; esac
            name="${spec%%=*}"
            if ! apt-cache show --no-all-versions "$name" >/dev/null 2>&1; then echo "missing $spec"; continue; fi
            if [ "$name" != "$spec" ]; then
              version="${spec#*=}"
              apt-cache madison "$name" | awk -F'|' -v v="$version" '{ gsub(/ /, "", $2) } $2 == v { found = 1 } END { exit !found }' || echo "missing $spec"
            fi
          done
        elif command -v apk >/dev/null 2>&1; then
          apk update -q >/dev/null 2>&1 || exit 3
          for spec in "$@"; do
            case "$spec" in -*) echo "missing $spec"; continue ;; esac
            name="${spec%%=*}"
            if [ "$name" = "$spec" ]; then
              apk search -x "$name" 2>/dev/null | grep -q . || echo "missing $spec"
            else
              apk search -x "$name" 2>/dev/null | grep -qxF "$name-${spec#*=}" || echo "missing $spec"
            fi
          done
        else
          exit 4
        fi
        """;

    /// <summary>The packages (as written, "name" or "name=version") the base image's index does not have.</summary>
    /// <exception cref="ImageCommandException">The index could not be read; the message says why.</exception>
    public async Task<IReadOnlyList<string>> FindMissingAsync(string baseImage, IReadOnlyList<OsPackage> packages, CancellationToken cancellationToken)
    {
        if (packages.Count == 0) return [];
        string[] argv = ["sh", "-c", Script, "sh", .. packages.Select(p => p.ToString())];
        var result = await runner.RunAsync(baseImage, argv, options.Value.OsPackageCheckTimeout, cancellationToken);
        return result.ExitCode switch
        {
            0 => result.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(line => line.StartsWith(MissingMarker, StringComparison.Ordinal))
                .Select(line => line[MissingMarker.Length..])
                .ToList(),
            3 => throw new ImageCommandException($"{baseImage} could not read its package index (apt-get/apk update failed: is its mirror reachable?)."),
            4 => throw new ImageCommandException($"{baseImage} has neither apt nor apk, so OS packages cannot be installed in it."),
            _ => throw new ImageCommandException($"Checking OS packages in {baseImage} failed with exit code {result.ExitCode}: {result.Error.Trim()}"),
        };
    }
}
