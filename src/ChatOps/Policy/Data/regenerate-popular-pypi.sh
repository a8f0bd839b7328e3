#!/bin/sh
# Regenerates popular-pypi.tsv (the typo-squat reference list) from the workplace's PyPI package list.
# Usage: sh src/ChatOps/Policy/Data/regenerate-popular-pypi.sh [/path/to/pypi.tsv] [listing date]
# The source has the columns name, version, month, rank_among_15000_most_downloaded, summary; only rows
# with a rank are kept and only name and rank are shipped, best rank first.
set -eu
source_tsv="${1:-/work/.library/env/packages/pypi.tsv}"
listed_on="${2:-2026-11-25}"
out="$(dirname "$0")/popular-pypi.tsv"
tmp="$out.tmp.$$"
{
    printf '# The 15,000 most downloaded PyPI packages as listed on %s in the workplace'"'"'s package list (%s), name and rank only; regenerate with %s\n' \
        "$listed_on" "$(basename "$source_tsv")" "src/ChatOps/Policy/Data/regenerate-popular-pypi.sh"
    printf 'name\trank\n'
    awk -F'\t' 'NR > 1 && $4 ~ /^[0-9]+$/ { print $1 "\t" $4 }' "$source_tsv" | LC_ALL=C sort -t "$(printf '\t')" -k2,2n -k1,1
} > "$tmp"
mv "$tmp" "$out"
echo "wrote $(($(wc -l < "$out") - 2)) names to $out"
