#!/usr/bin/env bash
# How fast `./chatops exec "/docker_images"` answers on a built tree, next to `docker images` (the floor: the
# engine's own client listing the same images), in one hyperfine run so both see the same machine.
# Prints each command's median. Usage: bench/Cli/cli.sh [RUNS]   (default 30)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-30}"

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "[bench] installing Debian's hyperfine..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null 2>&1 || {
    apt-get update -q >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null; }
fi

# Built, engine up, base image there: what the timed runs skip is then really skipped, not done in the first run.
"$root/chatops" exec "/docker_images" >/dev/null

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
hyperfine --warmup 3 --runs "$runs" --export-csv "$results" --style basic \
  --command-name 'chatops exec /docker_images' "$root/chatops exec /docker_images" \
  --command-name 'docker images' 'docker images' >&2

# The CSV's columns: command,mean,stddev,median,user,system,min,max (seconds).
awk -F, 'NR > 1 { printf "%-28s median %7.1f ms   (min %.1f, max %.1f)\n", $1, $4 * 1000, $7 * 1000, $8 * 1000 }' "$results"
